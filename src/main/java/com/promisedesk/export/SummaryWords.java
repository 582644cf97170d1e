package com.promisedesk.export;

import com.promisedesk.domain.CustomerConfirmation;
import com.promisedesk.domain.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed sentences of the summary in the customer's language, shared by every format so
 * they all say the same thing. The words come from {@link CustomerWords}; the constants are
 * the English ones, which the tests of the English summary compare with.
 */
final class SummaryWords {

    private static final CustomerWords ENGLISH = CustomerWords.of(Language.EN);
    static final String DOCUMENT_KIND = ENGLISH.text("summary.kind");
    static final String MARK_EXPLAINED = ENGLISH.text("summary.mark.explained");
    static final String DELIVER = ENGLISH.text("summary.heading.deliver");
    static final String NOTHING_TO_DELIVER = ENGLISH.text("summary.empty.deliver");
    static final String AWAITING = ENGLISH.text("summary.heading.awaiting");
    static final String AWAITING_LEAD = ENGLISH.text("summary.lead.awaiting");
    static final String NOT_YET_PROMISED = ENGLISH.text("summary.notYetPromised");
    static final String NOT_INCLUDED = ENGLISH.text("summary.heading.notIncluded");
    static final String NOT_INCLUDED_LEAD = ENGLISH.text("summary.lead.notIncluded");
    static final String EXPECTATIONS = ENGLISH.text("summary.heading.expectations");
    static final String NO_EXPECTATIONS = ENGLISH.text("summary.empty.expectations");
    static final String AGREED_WORDING = ENGLISH.text("summary.agreedWording");
    static final String RESPONSIBILITIES = ENGLISH.text("summary.heading.responsibilities");
    static final String RESPONSIBILITIES_LEAD = ENGLISH.text("summary.lead.responsibilities");
    static final String NO_RESPONSIBILITIES = ENGLISH.text("summary.empty.responsibilities");
    static final String EXTRAS = ENGLISH.text("summary.heading.extras");
    static final String EXTRAS_LEAD = ENGLISH.text("summary.lead.extras");
    static final String ONE_TIME = ENGLISH.text("summary.oneTime");
    static final String KEEP_INFORMED = ENGLISH.text("summary.heading.keepInformed");
    static final String MILESTONES_LEAD = ENGLISH.text("summary.lead.milestones");
    static final String NO_MILESTONES = ENGLISH.text("summary.empty.milestones");

    private final Layout layout;
    private final CustomerWords words;

    SummaryWords(Layout layout, Language language) {
        this.layout = layout;
        this.words = CustomerWords.of(language);
    }

    /** The text of {@code key} ("summary.heading.deliver") in the customer's language. */
    String text(String key) {
        return words.text(key);
    }

    String format(String key, Object... values) {
        return words.format(key, values);
    }

    /** The customer's words in the quotation marks of their language: “…”, „…“ (German), „…” (Polish), « … ». */
    String quote(String said) {
        return format("quote", said);
    }

    /** The document's language tag, for {@code <html lang>}. */
    String tag() {
        return words.language().tag();
    }

    /** English dates follow the layout's order (the US writes the month first); others as their language does. */
    String date(LocalDate day) {
        if (day == null) {
            return "—";
        }
        return words.language() == Language.EN ? layout.date(day) : words.date(day);
    }

    /** A quantity as the language writes a number. */
    String quantity(int n) {
        return words.language() == Language.EN ? Integer.toString(n) : words.number(java.math.BigDecimal.valueOf(n));
    }

    /** When an item is due, as a sentence part: "by 15 Dec 2026", or "from 23 Nov 2026" for one without a lead time. */
    String when(Summary.Item item) {
        return format(item.fromDate() ? "summary.when.from" : "summary.when.by", date(item.date()));
    }

    /** The date of an item in a table column headed "By": "From 23 Nov 2026" for one without a lead time. */
    String dateCell(Summary.Item item) {
        return item.fromDate() ? format("summary.cell.from", date(item.date())) : date(item.date());
    }

    String documentTitle(Summary.Header h) {
        return h.title() + " — " + h.customer();
    }

    /** Label and value of each header fact, in print order; missing ones are left out. */
    List<String[]> headerFacts(Summary.Header h) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {text("summary.fact.customer"), h.customer()});
        if (h.contact() != null) {
            facts.add(new String[] {text("summary.fact.contact"), h.contact()});
        }
        facts.add(new String[] {text("summary.fact.date"), date(h.issued())});
        if (h.rep() != null) {
            facts.add(new String[] {text("summary.fact.preparedBy"), h.rep()});
        }
        facts.add(new String[] {text("summary.fact.status"), h.status()});
        facts.add(new String[] {text("summary.fact.revision"), revision(h)});
        return facts;
    }

    String revision(Summary.Header h) {
        return h.revision() == null ? text("summary.revision.preview") : Integer.toString(h.revision());
    }

    /** "Revision 2 · Issued 23 Nov 2026", the footer's first line. */
    String footerFacts(Summary.Header h) {
        String revision = h.revision() == null ? text("summary.footer.preview")
                : format("summary.footer.revision", Integer.toString(h.revision()));
        return revision + " · " + format("summary.footer.issued", date(h.issued())) + " · " + h.customer();
    }

    /**
     * "Read back to and confirmed by Anna Berg on 5 Dec 2026, 14:32": the day as every date of the summary, the
     * time as the language writes it (English: as the layout's country does, "2:32 PM" in the US).
     */
    String confirmation(CustomerConfirmation confirmation) {
        java.util.Locale english = layout.monthFirst() ? java.util.Locale.US : null;
        return format("summary.confirmedBy", confirmation.name(), date(confirmation.at().toLocalDate()),
                words.time(confirmation.at(), words.language() == Language.EN ? english : null));
    }

    /** The CSS class of an expectation's tag, by its mark in the summary's language. */
    String markClass(String mark) {
        if (mark.equals(text("summary.expectation.confirmed"))) {
            return "confirmed";
        }
        if (mark.equals(text("summary.expectation.clarified"))) {
            return "clarified";
        }
        return mark.equals(text("summary.expectation.notMet")) ? "not-met" : "open";
    }

    String whyNotIncluded(Summary.Excluded excluded) {
        return excluded.earliest() == null
                ? text("summary.why.cannot")
                : format("summary.why.earliest", date(excluded.earliest()));
    }

    List<String[]> contactFacts(Sender sender) {
        List<String[]> facts = new ArrayList<>();
        if (sender.rep() != null) {
            facts.add(new String[] {text("summary.contact.rep"), sender.rep()});
        }
        if (sender.email() != null) {
            facts.add(new String[] {text("summary.contact.email"), sender.email()});
        }
        if (sender.phone() != null) {
            facts.add(new String[] {text("summary.contact.phone"), sender.phone()});
        }
        if (sender.company() != null) {
            facts.add(new String[] {text("summary.contact.company"), sender.company()});
        }
        return facts;
    }

    String contactLead(boolean noContact) {
        return text(noContact ? "summary.contact.leadNone" : "summary.contact.lead");
    }

    /** The CSS content of the page counter: "Page " counter(page) " of " counter(pages), in the language. */
    String pageCounter() {
        String pattern = text("summary.page");
        int first = pattern.indexOf("{0}");
        int second = pattern.indexOf("{1}");
        return cssString(pattern.substring(0, first)) + " counter(page) " + cssString(pattern.substring(first + 3, second))
                + " counter(pages)" + (second + 3 < pattern.length() ? " " + cssString(pattern.substring(second + 3)) : "");
    }

    private static String cssString(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
