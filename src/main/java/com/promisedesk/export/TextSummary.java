package com.promisedesk.export;

import com.promisedesk.domain.Language;
import java.util.List;

/** The summary as plain text, for e-mail bodies and terminals: headings underlined, items indented. */
public final class TextSummary {

    private final SummaryWords words;
    private final Language language;
    private final StringBuilder out = new StringBuilder(8192);

    private TextSummary(Summary summary, Layout layout) {
        this.words = new SummaryWords(layout, summary.language());
        this.language = summary.language();
    }

    public static String render(Summary summary, Layout layout) {
        return new TextSummary(summary, layout).document(summary);
    }

    private String document(Summary s) {
        Summary.Header h = s.header();
        if (s.mark() != null) {
            line("*** " + s.mark().toUpperCase(java.util.Locale.ROOT) + " ***").line(words.text("summary.mark.explained")).blank();
        }
        if (h.company() != null) {
            line(h.company());
        }
        line(words.text("summary.kind")).blank();
        heading(h.title(), '=');
        for (String[] fact : words.headerFacts(h)) {
            line(String.format("%-12s %s", fact[0] + ":", fact[1]));
        }
        section(words.text("summary.heading.deliver"), s.deliver().isEmpty() ? words.text("summary.empty.deliver") : null);
        s.deliver().forEach(item -> item(item, null));
        if (!s.awaiting().isEmpty()) {
            section(words.text("summary.heading.awaiting"), words.text("summary.lead.awaiting"));
            s.awaiting().forEach(p -> item(p.item(), words.text("summary.notYetPromised") + ". "
                    + words.format("summary.confirmBy", words.date(p.confirmBy()))));
        }
        if (!s.notIncluded().isEmpty()) {
            section(words.text("summary.heading.notIncluded"), words.text("summary.lead.notIncluded"));
            s.notIncluded().forEach(x -> item(x.item(), words.whyNotIncluded(x)));
        }
        section(words.text("summary.heading.expectations"), s.expectations().isEmpty() ? words.text("summary.empty.expectations") : null);
        for (Summary.Expectation e : s.expectations()) {
            line("- " + said(e.words()));
            line("  " + e.mark() + (e.clarified() == null ? "" : ". " + words.text("summary.agreedWording") + " "
                    + said(e.clarified())));
            if (e.note() != null) {
                line("  " + e.note());
            }
            if (!e.coveredBy().isEmpty()) {
                line("  " + words.text("summary.metBy") + " " + String.join("; ", e.coveredBy()));
            }
        }
        section(words.text("summary.heading.responsibilities"), s.responsibilities().isEmpty() ? words.text("summary.empty.responsibilities")
                : words.text("summary.lead.responsibilities"));
        for (Summary.Responsibility r : s.responsibilities()) {
            line("- " + r.what() + " — " + words.format("summary.byDate", words.date(r.due())));
            if (!r.moves().isEmpty()) {
                line("  " + words.text("summary.ifLate") + " " + String.join("; ", r.moves()));
            }
        }
        if (!s.extras().isEmpty()) {
            section(words.text("summary.heading.extras"), words.text("summary.lead.extras"));
            s.extras().forEach(x -> line("- [" + words.text("summary.oneTime") + "] " + x));
        }
        section(words.text("summary.heading.keepInformed"), s.milestones().isEmpty() ? words.text("summary.empty.milestones")
                : words.text("summary.lead.milestones"));
        s.milestones().forEach(m -> line("- " + words.date(m.due()) + "  " + m.what() + (m.done() ? " " + words.text("summary.doneAfter") : "")));
        List<String[]> contact = words.contactFacts(s.contact());
        blank().line(words.contactLead(contact.isEmpty()));
        contact.forEach(fact -> line(String.format("  %-13s %s", fact[0] + ":", fact[1])));
        if (s.confirmation() != null) {
            blank().line(words.confirmation(s.confirmation()));
        }
        blank().line("--").line(words.footerFacts(h)).line("SHA-256 " + s.fingerprint());
        return out.toString();
    }

    private void item(Summary.Item item, String note) {
        line("- " + item.name() + " — " + words.format("summary.quantity", words.quantity(item.quantity())) + ", "
                + words.when(item));
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

    /** English plain text keeps its straight quotes, as it always has; other languages quote as they write. */
    private String said(String text) {
        return language == Language.EN ? '"' + text + '"' : words.quote(text);
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
