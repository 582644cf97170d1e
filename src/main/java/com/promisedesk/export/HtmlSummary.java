package com.promisedesk.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The summary as XHTML: the HTML export itself and, with {@code paged}, the input of the PDF
 * (running footer with page x of y, the draft mark in the page margin and as a watermark).
 * Every piece of text passes through {@link #escape}, so hostile words stay words.
 */
public final class HtmlSummary {

    private static final String CSS = stylesheet();

    private final Layout layout;
    private final SummaryWords words;
    private final KeepWithFirstRow.Marks keep;
    private final StringBuilder out = new StringBuilder(16_384);

    private HtmlSummary(Summary summary, Layout layout, KeepWithFirstRow.Marks keep) {
        this.layout = layout;
        this.words = new SummaryWords(layout, summary.language());
        this.keep = keep;
    }

    /** A standalone HTML page of {@code summary}. */
    public static String render(Summary summary, Layout layout) {
        return new HtmlSummary(summary, layout, KeepWithFirstRow.Marks.none()).document(summary, false);
    }

    /**
     * The paged variant the PDF is made from; the headings numbered in {@code newPage} (see
     * {@link KeepWithFirstRow}) start a page.
     */
    static String renderPaged(Summary summary, Layout layout, Set<Integer> newPage) {
        return new HtmlSummary(summary, layout, KeepWithFirstRow.Marks.paged(newPage)).document(summary, true);
    }

    private String document(Summary s, boolean paged) {
        Summary.Header h = s.header();
        String mark = s.mark() == null ? "none" : '"' + s.mark() + '"';
        out.append("<!DOCTYPE html>\n<html lang=\"").append(words.tag()).append("\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(escape(words.documentTitle(h))).append("</title>")
                .append("<style>\n").append(CSS.replace("/*PAPER*/", layout.paper().css()).replace("/*MARK*/", mark)
                        .replace("/*PAGE*/", words.pageCounter()))
                .append("</style></head><body>\n");
        if (paged) {
            out.append("<div class=\"page-footer\">").append(escape(words.footerFacts(h))).append("<br/>SHA-256 ")
                    .append("<span class=\"sha\">").append(s.fingerprint()).append("</span></div>\n");
            if (s.mark() != null) {
                out.append("<div class=\"watermark\">").append(escape(s.mark())).append("</div>\n");
            }
        }
        if (s.mark() != null) {
            out.append("<div class=\"banner\"><strong>").append(escape(s.mark())).append("</strong><div class=\"why\">")
                    .append(words.text("summary.mark.explained")).append("</div></div>\n");
        }
        header(h);
        deliver(s);
        awaiting(s);
        notIncluded(s);
        expectations(s);
        responsibilities(s);
        extras(s);
        keepInformed(s);
        if (s.confirmation() != null) {
            // Kept whole, on the page of the text above it where it fits; a long name wraps (summary.css).
            out.append("<p class=\"confirmation\">").append(escape(words.confirmation(s.confirmation()))).append("</p>\n");
        }
        if (!paged) {
            out.append("<div class=\"end-footer\">").append(escape(words.footerFacts(h)))
                    .append("<br/>SHA-256 <code>").append(s.fingerprint()).append("</code></div>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    private void header(Summary.Header h) {
        out.append("<div class=\"letterhead\">");
        if (h.company() != null) {
            out.append("<div class=\"company\">").append(escape(h.company())).append("</div>");
        }
        out.append("<div class=\"doc-kind\">").append(words.text("summary.kind")).append("</div></div>\n");
        out.append("<h1>").append(escape(h.title())).append("</h1>\n<table class=\"facts\"><tbody>");
        for (String[] fact : words.headerFacts(h)) {
            out.append("<tr><td class=\"k\">").append(escape(fact[0])).append("</td><td>").append(escape(fact[1]))
                    .append("</td></tr>");
        }
        out.append("</tbody></table>\n");
    }

    private void deliver(Summary s) {
        section(words.text("summary.heading.deliver"), s.deliver().isEmpty() ? words.text("summary.empty.deliver") : null);
        if (s.deliver().isEmpty()) {
            return;
        }
        tableHead(key("what"), quantityColumn(), key("by"));
        for (Summary.Item item : s.deliver()) {
            out.append("<tr").append(keep.first()).append("><td>");
            itemCell(item);
            out.append("</td><td class=\"num\">").append(escape(words.quantity(item.quantity()))).append("</td><td class=\"date\">")
                    .append(escape(words.dateCell(item))).append("</td></tr>\n");
        }
        tableEnd();
    }

    private void awaiting(Summary s) {
        if (s.awaiting().isEmpty()) {
            return;
        }
        section(words.text("summary.heading.awaiting"), words.text("summary.lead.awaiting"));
        tableHead(key("what"), quantityColumn(), key("askedFor"), key("confirmBy"));
        for (Summary.Pending pending : s.awaiting()) {
            out.append("<tr").append(keep.first()).append("><td>");
            itemCell(pending.item());
            out.append("<div class=\"plain\">").append(words.text("summary.notYetPromised")).append("</div>")
                    .append("</td><td class=\"num\">").append(escape(words.quantity(pending.item().quantity())))
                    .append("</td><td class=\"date\">").append(escape(words.dateCell(pending.item())))
                    .append("</td><td class=\"date\">").append(escape(words.date(pending.confirmBy())))
                    .append("</td></tr>\n");
        }
        tableEnd();
    }

    private void notIncluded(Summary s) {
        if (s.notIncluded().isEmpty()) {
            return;
        }
        section(words.text("summary.heading.notIncluded"), words.text("summary.lead.notIncluded"));
        tableHead(key("youAskedFor"), key("whyNot"));
        for (Summary.Excluded excluded : s.notIncluded()) {
            out.append("<tr").append(keep.first()).append("><td>");
            itemCell(excluded.item());
            out.append("</td><td>").append(escape(words.whyNotIncluded(excluded))).append("</td></tr>\n");
        }
        tableEnd();
    }

    private void expectations(Summary s) {
        section(words.text("summary.heading.expectations"), s.expectations().isEmpty() ? words.text("summary.empty.expectations") : null);
        if (s.expectations().isEmpty()) {
            return;
        }
        tableHead(key("youToldUs"), key("readBack"));
        for (Summary.Expectation e : s.expectations()) {
            out.append("<tr").append(keep.first()).append("><td>").append(words.quote(escape(e.words()))).append("</td><td><span class=\"tag ")
                    .append(words.markClass(e.mark())).append("\">").append(escape(e.mark())).append("</span>");
            if (e.clarified() != null) {
                out.append("<div>").append(words.text("summary.agreedWording")).append(' ').append(words.quote(escape(e.clarified())))
                        .append("</div>");
            }
            if (e.note() != null) {
                out.append("<div>").append(escape(e.note())).append("</div>");
            }
            if (!e.coveredBy().isEmpty()) {
                out.append("<div class=\"sub\">").append(escape(words.text("summary.metBy"))).append(' ').append(escape(String.join("; ", e.coveredBy())))
                        .append("</div>");
            }
            out.append("</td></tr>\n");
        }
        tableEnd();
    }

    private void responsibilities(Summary s) {
        section(words.text("summary.heading.responsibilities"), s.responsibilities().isEmpty() ? words.text("summary.empty.responsibilities")
                : words.text("summary.lead.responsibilities"));
        if (s.responsibilities().isEmpty()) {
            return;
        }
        tableHead(key("weNeed"), key("by"), key("ifLate"));
        for (Summary.Responsibility r : s.responsibilities()) {
            out.append("<tr").append(keep.first()).append("><td>").append(escape(r.what())).append("</td><td class=\"date\">")
                    .append(escape(words.date(r.due()))).append("</td><td>")
                    .append(r.moves().isEmpty() ? "—" : escape(String.join("; ", r.moves()))).append("</td></tr>\n");
        }
        tableEnd();
    }

    private void extras(Summary s) {
        if (s.extras().isEmpty()) {
            return;
        }
        section(words.text("summary.heading.extras"), words.text("summary.lead.extras"));
        out.append("<ul>");
        for (String extra : s.extras()) {
            out.append("<li").append(keep.first()).append("><span class=\"tag\">").append(words.text("summary.oneTime")).append("</span> ")
                    .append(escape(extra)).append("</li>");
        }
        out.append("</ul>\n");
    }

    private void keepInformed(Summary s) {
        section(words.text("summary.heading.keepInformed"),
                words.text(s.milestones().isEmpty() ? "summary.empty.milestones" : "summary.lead.milestones"));
        if (!s.milestones().isEmpty()) {
            tableHead(key("milestone"), key("date"), "");
            for (Summary.Milestone m : s.milestones()) {
                out.append("<tr").append(keep.first()).append("><td>").append(escape(m.what())).append("</td><td class=\"date\">")
                        .append(escape(words.date(m.due()))).append("</td><td>").append(m.done() ? escape(words.text("summary.done")) : "")
                        .append("</td></tr>\n");
            }
            tableEnd();
        }
        List<String[]> contact = words.contactFacts(s.contact());
        // The contact table is kept with its lead-in, as a table with its heading.
        out.append("<p class=\"lead\"").append(contact.isEmpty() ? "" : keep.start()).append('>')
                .append(escape(words.contactLead(contact.isEmpty()))).append("</p>");
        if (!contact.isEmpty()) {
            out.append("<table class=\"contact\"><tbody>");
            for (String[] fact : contact) {
                out.append("<tr").append(keep.first()).append("><td class=\"sub\">").append(escape(fact[0])).append("</td><td>")
                        .append(escape(fact[1])).append("</td></tr>");
            }
            out.append("</tbody></table>\n");
        }
    }

    private void itemCell(Summary.Item item) {
        out.append("<div class=\"name\">").append(escape(item.name())).append("</div>");
        if (item.summary() != null) {
            out.append("<div class=\"sub\">").append(escape(item.summary())).append("</div>");
        }
        if (!item.serviceLevels().isEmpty()) {
            out.append("<div class=\"levels\">").append(escape(String.join(" · ", item.serviceLevels())))
                    .append("</div>");
        }
    }

    private void section(String title, String lead) {
        out.append("<h2").append(keep.start()).append('>').append(escape(title)).append("</h2>\n");
        if (lead != null) {
            out.append("<p class=\"lead\">").append(escape(lead)).append("</p>\n");
        }
    }

    private void tableHead(String... columns) {
        out.append("<table><thead><tr>");
        for (String column : columns) {
            boolean numeric = column.equals(quantityColumn());
            out.append(numeric ? "<th class=\"num\">" : "<th>").append(escape(column)).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
    }

    private void tableEnd() {
        out.append("</tbody></table>\n");
    }

    private String key(String column) {
        return words.text("summary.column." + column);
    }

    private String quantityColumn() {
        return key("quantity");
    }

    /** Escapes the five XML specials, so text can never open a tag or an attribute. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    private static String stylesheet() {
        try (InputStream in = HtmlSummary.class.getResourceAsStream("summary.css")) {
            if (in == null) {
                throw new IllegalStateException("summary.css is missing beside " + HtmlSummary.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read summary.css", e);
        }
    }
}
