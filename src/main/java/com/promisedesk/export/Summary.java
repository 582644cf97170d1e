package com.promisedesk.export;

import com.promisedesk.domain.CustomerConfirmation;
import com.promisedesk.domain.Language;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the customer's written summary says, in the order it says it, and nothing
 * internal. Every renderer draws from this one value; the fingerprint is taken over it.
 *
 * @param mark         "Draft — not a commitment" (or the withdrawn equivalent) on every page; {@code null} for an agreed promise
 * @param deliver      what we will deliver: standard, under-promised and approved lines
 * @param awaiting     lines whose approval is pending: not yet promised
 * @param notIncluded  lines we cannot deliver as asked: never shown as promised
 * @param milestones   dated steps of delivery, when there are any
 * @param language     the customer's language, which every word above and every heading is in
 * @param confirmation the customer's confirmation of the read-back this summary carries; {@code null} for none
 */
public record Summary(Header header, String mark, List<Item> deliver, List<Pending> awaiting,
                      List<Excluded> notIncluded, List<Expectation> expectations,
                      List<Responsibility> responsibilities, List<String> extras, List<Milestone> milestones,
                      Sender contact, Language language, CustomerConfirmation confirmation) {

    public static final String DRAFT_MARK = CustomerWords.of(Language.EN).text("summary.mark.draft");
    public static final String WITHDRAWN_MARK = CustomerWords.of(Language.EN).text("summary.mark.withdrawn");

    /** A summary in English. */
    public Summary(Header header, String mark, List<Item> deliver, List<Pending> awaiting, List<Excluded> notIncluded,
                   List<Expectation> expectations, List<Responsibility> responsibilities, List<String> extras,
                   List<Milestone> milestones, Sender contact) {
        this(header, mark, deliver, awaiting, notIncluded, expectations, responsibilities, extras, milestones, contact,
                Language.EN);
    }

    /** A summary that carries no confirmation of the customer's. */
    public Summary(Header header, String mark, List<Item> deliver, List<Pending> awaiting, List<Excluded> notIncluded,
                   List<Expectation> expectations, List<Responsibility> responsibilities, List<String> extras,
                   List<Milestone> milestones, Sender contact, Language language) {
        this(header, mark, deliver, awaiting, notIncluded, expectations, responsibilities, extras, milestones, contact,
                language, null);
    }

    public Summary {
        language = language == null ? Language.EN : language;
        deliver = List.copyOf(deliver);
        awaiting = List.copyOf(awaiting);
        notIncluded = List.copyOf(notIncluded);
        expectations = List.copyOf(expectations);
        responsibilities = List.copyOf(responsibilities);
        extras = List.copyOf(extras);
        milestones = List.copyOf(milestones);
    }

    /** The SHA-256 of this summary's canonical text (see {@link Fingerprint}), 64 lower-case hex digits. */
    public String fingerprint() {
        return Fingerprint.of(this);
    }

    /**
     * The top of the document.
     *
     * @param revision the issued revision's number; {@code null} when this is a preview not (yet) issued
     * @param status   the promise's standing in the customer's words ("Draft", "Agreed")
     */
    public record Header(String company, String customer, String contact, String title, LocalDate issued,
                        String rep, String status, Integer revision) {
    }

    /**
     * One promised line as the customer reads it.
     *
     * @param summary       the catalog's customer-facing summary; {@code null} for a bespoke item
     * @param serviceLevels "First response: 4 h", one per promised term
     * @param fromDate      the date is when it starts ("from 23 Nov 2026"), not when it is delivered by: a
     *                      capability without a lead time, such as a support level or a payment term
     */
    public record Item(String name, String summary, int quantity, LocalDate date, List<String> serviceLevels,
                       boolean fromDate) {
        public Item {
            serviceLevels = List.copyOf(serviceLevels);
        }

        /** An item delivered by its date. */
        public Item(String name, String summary, int quantity, LocalDate date, List<String> serviceLevels) {
            this(name, summary, quantity, date, serviceLevels, false);
        }
    }

    /** A line not yet promised: we confirm by {@code confirmBy}. */
    public record Pending(Item item, LocalDate confirmBy) {
    }

    /**
     * A line we cannot deliver as asked.
     *
     * @param earliest the earliest date we could offer it instead, when a later date would help; else {@code null}
     */
    public record Excluded(Item item, LocalDate earliest) {
    }

    /**
     * What the customer said they expect and how we read it back.
     *
     * @param mark      "Confirmed", "Clarified", "Not met" or "Not yet confirmed"
     * @param clarified the agreed wording, for a clarified one
     * @param note      a plain sentence about the mark, for "Not met" and "Not yet confirmed"
     * @param coveredBy the names of the items that meet it
     */
    public record Expectation(String words, String mark, String clarified, String note, List<String> coveredBy) {
        public Expectation {
            coveredBy = List.copyOf(coveredBy);
        }
    }

    /** What the customer must supply, by when, and which items move if it is late. */
    public record Responsibility(String what, LocalDate due, List<String> moves) {
        public Responsibility {
            moves = List.copyOf(moves);
        }
    }

    /** A dated step of delivery. */
    public record Milestone(String what, LocalDate due, boolean done) {
    }
}
