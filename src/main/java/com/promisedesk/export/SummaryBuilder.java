package com.promisedesk.export;

import com.promisedesk.check.BusinessCalendar;
import com.promisedesk.check.LineCheck;
import com.promisedesk.check.PromiseCheck;
import com.promisedesk.check.PromiseChecker;
import com.promisedesk.check.TeamBookings;
import com.promisedesk.check.Wording;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Term;
import com.promisedesk.domain.Verdict;
import com.promisedesk.domain.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the customer's {@link Summary} of a promise from its catalog and check. This is
 * where internal words become customer words: verdicts decide the section a line goes to,
 * and tiers, approvers, owners and capacity are dropped. Thread-safe.
 */
public final class SummaryBuilder {

    /** Business days after the issue date by which a pending approval is confirmed (docs/decisions/0006). */
    public static final int CONFIRM_WITHIN_BUSINESS_DAYS = 3;

    private final Catalog catalog;
    private final PromiseChecker checker;
    private final TeamBookings bookings;

    /** Judges without the team's bookings: a promise file on its own. */
    public SummaryBuilder(Catalog catalog) {
        this(catalog, TeamBookings.none());
    }

    /** Judges with what the last sync said the team has booked (docs/checking.md, rule 6), as the app does. */
    public SummaryBuilder(Catalog catalog, TeamBookings bookings) {
        this.catalog = catalog;
        this.checker = new PromiseChecker(catalog);
        this.bookings = bookings;
    }

    /**
     * Checks {@code promise} against the catalog and the team's bookings as of the issue date
     * (T: a summary issued on 5 Dec never promises anything by 25 Nov) and builds its summary.
     */
    public Summary build(Promise promise, Sender sender, Printing printing) {
        return build(promise, checker.check(promise, bookings, printing.date()), sender, printing);
    }

    private Summary build(Promise promise, PromiseCheck check, Sender sender, Printing printing) {
        Sender from = sender == null ? Sender.none() : sender;
        CustomerWords words = CustomerWords.of(promise.writtenIn());
        List<Summary.Item> items = new ArrayList<>();
        for (int i = 0; i < promise.lines().size(); i++) {
            items.add(item(promise.lines().get(i), check.lines().get(i), words));
        }
        List<Summary.Item> deliver = new ArrayList<>();
        List<Summary.Pending> awaiting = new ArrayList<>();
        List<Summary.Excluded> notIncluded = new ArrayList<>();
        BusinessCalendar calendar = checker.calendar();
        LocalDate confirmBy = calendar.add(printing.date(), CONFIRM_WITHIN_BUSINESS_DAYS);
        for (int i = 0; i < items.size(); i++) {
            LineCheck line = check.lines().get(i);
            Summary.Item item = items.get(i);
            Verdict verdict = line.verdict();
            if (verdict == Verdict.NOT_DELIVERABLE || rejected(printing, i, verdict)) {
                notIncluded.add(new Summary.Excluded(item, laterDate(promise.lines().get(i), line)));
            } else if (verdict == Verdict.NEEDS_APPROVAL && !printing.approvedLines().contains(i)) {
                awaiting.add(new Summary.Pending(item, confirmBy));
            } else {
                deliver.add(item);
            }
        }
        Summary.Header header = new Summary.Header(from.company(), promise.customer().name(),
                promise.customer().contact(), promise.title(), printing.date(), from.rep(),
                statusWords(promise.status(), words), printing.revision());
        return new Summary(header, mark(promise.status(), words), deliver, awaiting, notIncluded,
                expectations(promise, coveringNames(items, check, printing, words), words),
                responsibilities(promise, check, items), promise.extras().stream().map(e -> e.text()).toList(),
                printing.milestones().stream().map(m -> new Summary.Milestone(m.text(), m.due(), m.done())).toList(),
                from, words.language(), printing.confirmation());
    }

    private Summary.Item item(CommitmentLine line, LineCheck check, CustomerWords words) {
        Optional<Capability> capability = line.isBespoke() ? Optional.empty() : catalog.capability(line.capability());
        // The catalog's words in the customer's language where it has them, else its English (decision 0018).
        Language language = words.language();
        String name = line.isBespoke() ? line.bespoke()
                : capability.map(c -> c.nameIn(language).orElse(c.name())).orElse(line.capability());
        String summary = capability.map(c -> c.summaryIn(language).orElse(c.summary())).orElse(null);
        // A line without a date is promised at the standard date, which is the check's suggestion.
        LocalDate date = line.date() != null ? line.date() : check.suggestedDate();
        List<String> levels = new ArrayList<>();
        capability.ifPresent(c -> {
            for (Term term : c.terms()) {
                levels.add(serviceLevel(term, line.terms().getOrDefault(term.key(), term.standard()), words));
            }
        });
        // Without a lead time (a support level, a payment term) the date is when it starts, not a delivery.
        boolean fromDate = capability.map(c -> !c.hasLeadTime()).orElse(false);
        return new Summary.Item(name, summary, line.quantity(), date, levels, fromDate);
    }

    /** "First response: 4 h"; in another language than English the number as it writes one ("99,5 %"). */
    private static String serviceLevel(Term term, BigDecimal value, CustomerWords words) {
        if (words.language() == Language.EN) {
            return Wording.term(term, value);
        }
        String label = term.labelIn(words.language()).orElse(term.label());
        return label + ": " + words.number(value) + (term.unit() == null ? "" : " " + words.unit(term.unit(), value));
    }

    /**
     * How an expectation names the lines that meet it: a line awaiting confirmation says so,
     * and a line that is not included meets nothing, so it is left out ({@code null}).
     */
    private static List<String> coveringNames(List<Summary.Item> items, PromiseCheck check, Printing printing,
                                              CustomerWords words) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Verdict verdict = check.lines().get(i).verdict();
            if (verdict == Verdict.NOT_DELIVERABLE || rejected(printing, i, verdict)) {
                names.add(null);
            } else if (verdict == Verdict.NEEDS_APPROVAL && !printing.approvedLines().contains(i)) {
                names.add(words.format("summary.awaitingName", items.get(i).name()));
            } else {
                names.add(items.get(i).name());
            }
        }
        return names;
    }

    /** A line that needs approval and was refused it is not included, as one we cannot deliver (decision 0006). */
    private static boolean rejected(Printing printing, int line, Verdict verdict) {
        return verdict == Verdict.NEEDS_APPROVAL && printing.rejectedLines().contains(line)
                && !printing.approvedLines().contains(line);
    }

    private static LocalDate laterDate(CommitmentLine line, LineCheck check) {
        LocalDate suggested = check.suggestedDate();
        if (suggested == null || (line.date() != null && !suggested.isAfter(line.date()))) {
            return null;
        }
        return suggested;
    }

    private static List<Summary.Expectation> expectations(Promise promise, List<String> covering, CustomerWords words) {
        List<Summary.Expectation> all = new ArrayList<>();
        for (com.promisedesk.domain.Expectation expectation : promise.expectations()) {
            List<String> coveredBy = expectation.lines().stream().map(covering::get)
                    .filter(java.util.Objects::nonNull).toList();
            Summary.Expectation next = switch (expectation.status()) {
                case CONFIRMED -> new Summary.Expectation(expectation.text(), words.text("summary.expectation.confirmed"),
                        null, null, coveredBy);
                case CLARIFIED -> new Summary.Expectation(expectation.text(), words.text("summary.expectation.clarified"),
                        expectation.clarified(), null, coveredBy);
                case NOT_MET -> new Summary.Expectation(expectation.text(), words.text("summary.expectation.notMet"), null,
                        words.text("summary.expectation.notMetNote"), List.of());
                case OPEN -> new Summary.Expectation(expectation.text(), words.text("summary.expectation.open"), null,
                        words.text("summary.expectation.openNote"), coveredBy);
            };
            all.add(next);
        }
        return all;
    }

    private static List<Summary.Responsibility> responsibilities(Promise promise, PromiseCheck check,
                                                                 List<Summary.Item> items) {
        // A responsibility without a date is due at the start (domain.Responsibility).
        return check.responsibilities().stream()
                .map(r -> new Summary.Responsibility(r.text(), r.due() != null ? r.due() : promise.start(),
                        r.lines().stream().distinct().map(i -> items.get(i).name()).toList()))
                .toList();
    }

    static String statusWords(PromiseStatus status, CustomerWords words) {
        return words.text(switch (status) {
            case DRAFT, READ_BACK -> "summary.status.draft";
            case AGREED, BROKEN -> "summary.status.agreed";
            case IN_DELIVERY -> "summary.status.inDelivery";
            case KEPT -> "summary.status.delivered";
            case WITHDRAWN -> "summary.status.withdrawn";
        });
    }

    /** Only an agreed promise (or one past agreement) is a commitment; the rest say so on every page. */
    static String mark(PromiseStatus status, CustomerWords words) {
        return switch (status) {
            case DRAFT, READ_BACK -> words.text("summary.mark.draft");
            case WITHDRAWN -> words.text("summary.mark.withdrawn");
            case AGREED, IN_DELIVERY, KEPT, BROKEN -> null;
        };
    }
}
