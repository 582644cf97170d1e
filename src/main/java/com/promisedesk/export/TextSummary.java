package com.promisedesk.export;

import java.util.List;

/** The summary as plain text, for e-mail bodies and terminals: headings underlined, items indented. */
public final class TextSummary {

    private final SummaryWords words;
    private final StringBuilder out = new StringBuilder(8192);

    private TextSummary(Layout layout) {
        this.words = new SummaryWords(layout);
    }

    public static String render(Summary summary, Layout layout) {
        return new TextSummary(layout).document(summary);
    }

    private String document(Summary s) {
        Summary.Header h = s.header();
        if (s.mark() != null) {
            line("*** " + s.mark().toUpperCase(java.util.Locale.ROOT) + " ***").line(SummaryWords.MARK_EXPLAINED).blank();
        }
        if (h.company() != null) {
            line(h.company());
        }
        line(SummaryWords.DOCUMENT_KIND).blank();
        heading(h.title(), '=');
        for (String[] fact : words.headerFacts(h)) {
            line(String.format("%-12s %s", fact[0] + ":", fact[1]));
        }
        section(SummaryWords.DELIVER, s.deliver().isEmpty() ? SummaryWords.NOTHING_TO_DELIVER : null);
        s.deliver().forEach(item -> item(item, null));
        if (!s.awaiting().isEmpty()) {
            section(SummaryWords.AWAITING, SummaryWords.AWAITING_LEAD);
            s.awaiting().forEach(p -> item(p.item(), SummaryWords.NOT_YET_PROMISED + ". We confirm by "
                    + words.date(p.confirmBy()) + "."));
        }
        if (!s.notIncluded().isEmpty()) {
            section(SummaryWords.NOT_INCLUDED, SummaryWords.NOT_INCLUDED_LEAD);
            s.notIncluded().forEach(x -> item(x.item(), words.whyNotIncluded(x)));
        }
        section(SummaryWords.EXPECTATIONS, s.expectations().isEmpty() ? SummaryWords.NO_EXPECTATIONS : null);
        for (Summary.Expectation e : s.expectations()) {
            line("- \"" + e.words() + "\"");
            line("  " + e.mark() + (e.clarified() == null ? "" : ". " + SummaryWords.AGREED_WORDING + " \""
                    + e.clarified() + "\""));
            if (e.note() != null) {
                line("  " + e.note());
            }
            if (!e.coveredBy().isEmpty()) {
                line("  Met by: " + String.join("; ", e.coveredBy()));
            }
        }
        section(SummaryWords.RESPONSIBILITIES, s.responsibilities().isEmpty() ? SummaryWords.NO_RESPONSIBILITIES
                : SummaryWords.RESPONSIBILITIES_LEAD);
        for (Summary.Responsibility r : s.responsibilities()) {
            line("- " + r.what() + " — by " + words.date(r.due()));
            if (!r.moves().isEmpty()) {
                line("  If late, these move later: " + String.join("; ", r.moves()));
            }
        }
        if (!s.extras().isEmpty()) {
            section(SummaryWords.EXTRAS, SummaryWords.EXTRAS_LEAD);
            s.extras().forEach(x -> line("- [" + SummaryWords.ONE_TIME + "] " + x));
        }
        section(SummaryWords.KEEP_INFORMED, s.milestones().isEmpty() ? SummaryWords.NO_MILESTONES
                : SummaryWords.MILESTONES_LEAD);
        s.milestones().forEach(m -> line("- " + words.date(m.due()) + "  " + m.what() + (m.done() ? " (done)" : "")));
        List<String[]> contact = words.contactFacts(s.contact());
        blank().line(SummaryWords.contactLead(contact.isEmpty()));
        contact.forEach(fact -> line(String.format("  %-13s %s", fact[0] + ":", fact[1])));
        blank().line("--").line(words.footerFacts(h)).line("SHA-256 " + s.fingerprint());
        return out.toString();
    }

    private void item(Summary.Item item, String note) {
        line("- " + item.name() + " — quantity " + item.quantity() + ", " + words.when(item));
        if (item.summary() != null) {
            line("  " + item.summary());
        }
        if (!item.serviceLevels().isEmpty()) {
            line("  " + String.join(" · ", item.serviceLevels()));
        }
        if (note != null) {
            line("  " + note);
        }
    }

    private void section(String title, String lead) {
        blank().heading(title, '-');
        if (lead != null) {
            line(lead);
        }
    }

    private TextSummary heading(String title, char underline) {
        line(title).line(String.valueOf(underline).repeat(title.codePointCount(0, title.length())));
        return this;
    }

    private TextSummary line(String text) {
        // One item per line: a stray newline in the customer's words must not start a fake item.
        out.append(text.replace("\r", " ").replace("\n", " ")).append('\n');
        return this;
    }

    private TextSummary blank() {
        out.append('\n');
        return this;
    }
}
