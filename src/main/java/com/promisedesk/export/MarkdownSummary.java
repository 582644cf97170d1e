package com.promisedesk.export;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The summary as Markdown (CommonMark with nothing beyond it, so it reads the same in any
 * viewer). Customer words are escaped, so "*urgent*" or "[link](…)" in a name stays text.
 */
public final class MarkdownSummary {

    private static final String INLINE_SPECIALS = "\\`*_{}[]()<>#|~!&";
    /** What starts a list, heading, quote or rule when it opens a line. */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\d+)([.)])");

    private final SummaryWords words;
    private final StringBuilder out = new StringBuilder(8192);

    private MarkdownSummary(Summary summary, Layout layout) {
        this.words = new SummaryWords(layout, summary.language());
    }

    public static String render(Summary summary, Layout layout) {
        return new MarkdownSummary(summary, layout).document(summary);
    }

    private String document(Summary s) {
        Summary.Header h = s.header();
        if (s.mark() != null) {
            out.append("> **").append(escape(s.mark())).append("**  \n> ").append(words.text("summary.mark.explained"))
                    .append("\n\n");
        }
        if (h.company() != null) {
            out.append("**").append(escape(h.company())).append("** · ");
        }
        out.append(words.text("summary.kind")).append("\n\n# ").append(escape(h.title())).append("\n\n");
        for (String[] fact : words.headerFacts(h)) {
            out.append("- ").append(fact[0]).append(": ").append(escape(fact[1])).append('\n');
        }
        section(words.text("summary.heading.deliver"), s.deliver().isEmpty() ? words.text("summary.empty.deliver") : null);
        s.deliver().forEach(item -> item(item, null));
        if (!s.awaiting().isEmpty()) {
            section(words.text("summary.heading.awaiting"), words.text("summary.lead.awaiting"));
            s.awaiting().forEach(p -> item(p.item(), "**" + words.text("summary.notYetPromised") + ".** "
                    + escape(words.format("summary.confirmBy", words.date(p.confirmBy())))));
        }
        if (!s.notIncluded().isEmpty()) {
            section(words.text("summary.heading.notIncluded"), words.text("summary.lead.notIncluded"));
            s.notIncluded().forEach(x -> item(x.item(), escape(words.whyNotIncluded(x))));
        }
        section(words.text("summary.heading.expectations"), s.expectations().isEmpty() ? words.text("summary.empty.expectations") : null);
        for (Summary.Expectation e : s.expectations()) {
            out.append("- ").append(words.quote(escape(e.words()))).append("  \n  **").append(escape(e.mark())).append("**");
            if (e.clarified() != null) {
                out.append(". ").append(words.text("summary.agreedWording")).append(' ').append(words.quote(escape(e.clarified())));
            }
            if (e.note() != null) {
                out.append("  \n  ").append(escape(e.note()));
            }
            if (!e.coveredBy().isEmpty()) {
                out.append("  \n  ").append(escape(words.text("summary.metBy"))).append(' ')
                        .append(escape(String.join("; ", e.coveredBy())));
            }
            out.append('\n');
        }
        section(words.text("summary.heading.responsibilities"), s.responsibilities().isEmpty() ? words.text("summary.empty.responsibilities")
                : words.text("summary.lead.responsibilities"));
        for (Summary.Responsibility r : s.responsibilities()) {
            out.append("- ").append(escape(r.what())).append(" — ")
                    .append(escape(words.format("summary.byDate", words.date(r.due()))));
            if (!r.moves().isEmpty()) {
                out.append("  \n  ").append(escape(words.text("summary.ifLate"))).append(' ')
                        .append(escape(String.join("; ", r.moves())));
            }
            out.append('\n');
        }
        if (!s.extras().isEmpty()) {
            section(words.text("summary.heading.extras"), words.text("summary.lead.extras"));
            s.extras().forEach(x -> out.append("- **").append(words.text("summary.oneTime")).append(":** ")
                    .append(escape(x)).append('\n'));
        }
        section(words.text("summary.heading.keepInformed"), s.milestones().isEmpty() ? words.text("summary.empty.milestones")
                : words.text("summary.lead.milestones"));
        s.milestones().forEach(m -> out.append("- ").append(escape(words.date(m.due()))).append(" — ")
                .append(escape(m.what())).append(m.done() ? " " + escape(words.text("summary.doneAfter")) : "").append('\n'));
        List<String[]> contact = words.contactFacts(s.contact());
        out.append('\n').append(words.contactLead(contact.isEmpty())).append("\n\n");
        contact.forEach(f -> out.append("- ").append(f[0]).append(": ").append(escape(f[1])).append('\n'));
        if (s.confirmation() != null) {
            out.append("\n**").append(escape(words.confirmation(s.confirmation()))).append("**\n");
        }
        out.append("\n---\n\n").append(escape(words.footerFacts(h))).append("  \nSHA-256 `")
                .append(s.fingerprint()).append("`\n");
        return out.toString();
    }

    private void item(Summary.Item item, String note) {
        out.append("- **").append(escape(item.name())).append("** — ").append(escape(words.format("summary.quantity", words.quantity(item.quantity()))))
                .append(", ").append(escape(words.when(item)));
        if (item.summary() != null) {
            out.append("  \n  ").append(escape(item.summary()));
        }
        if (!item.serviceLevels().isEmpty()) {
            out.append("  \n  ").append(escape(String.join(" · ", item.serviceLevels())));
        }
        if (note != null) {
            out.append("  \n  ").append(note);
        }
        out.append('\n');
    }

    private void section(String title, String lead) {
        out.append("\n## ").append(escape(title)).append("\n\n");
        if (lead != null) {
            out.append(escape(lead)).append("\n\n");
        }
    }

    /**
     * Backslash-escapes every character CommonMark gives a meaning inline, and what would
     * open a block at the start of a line; newlines become spaces so text cannot start one.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        StringBuilder escaped = new StringBuilder(flat.length() + 16);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (INLINE_SPECIALS.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        String result = escaped.toString();
        if (!result.isEmpty() && "-+=".indexOf(result.charAt(0)) >= 0) {
            return "\\" + result;
        }
        var number = BLOCK_START.matcher(result);
        return number.find() ? number.group(1) + "\\" + result.substring(number.group(1).length()) : result;
    }
}
