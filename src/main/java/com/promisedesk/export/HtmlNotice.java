package com.promisedesk.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A customer notice as XHTML, in the written summary's look (its stylesheet): the HTML export
 * and, with {@code paged}, the input of the PDF. Every piece of text is cleaned of bidirectional
 * overrides and escaped, so hostile words stay words.
 */
public final class HtmlNotice {

    private static final String CSS = stylesheet();

    private final NoticeWords words;
    private final Layout layout;
    private final StringBuilder out = new StringBuilder(8192);

    private HtmlNotice(Notice notice, Layout layout) {
        this.layout = layout;
        this.words = new NoticeWords(layout, notice.language());
    }

    public static String render(Notice notice, Layout layout) {
        return new HtmlNotice(notice, layout).document(notice, false);
    }

    static String renderPaged(Notice notice, Layout layout) {
        return new HtmlNotice(notice, layout).document(notice, true);
    }

    private String document(Notice n, boolean paged) {
        Notice.Header h = n.header();
        String mark = n.issued() ? null : words.text("notice.mark.draft");
        out.append("<!DOCTYPE html>\n<html lang=\"").append(words.tag()).append("\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(esc(words.kind(n.kind()) + " — " + h.title() + " — " + h.customer()))
                .append("</title><style>\n")
                .append(CSS.replace("/*PAPER*/", layout.paper().css())
                        .replace("/*MARK*/", mark == null ? "none" : '"' + mark + '"')
                        .replace("/*PAGE*/", words.pageCounter()))
                .append("</style></head><body>\n");
        if (paged) {
            out.append("<div class=\"page-footer\">").append(esc(words.footerFacts(h))).append("<br/>SHA-256 ")
                    .append("<span class=\"sha\">").append(n.fingerprint()).append("</span></div>\n");
            if (mark != null) {
                out.append("<div class=\"watermark\">").append(esc(mark)).append("</div>\n");
            }
        }
        if (mark != null) {
            out.append("<div class=\"banner\"><strong>").append(esc(mark)).append("</strong><div class=\"why\">")
                    .append(esc(words.text("notice.mark.explained"))).append("</div></div>\n");
        }
        out.append("<div class=\"letterhead\">");
        if (h.company() != null) {
            out.append("<div class=\"company\">").append(esc(h.company())).append("</div>");
        }
        out.append("<div class=\"doc-kind\">").append(esc(words.kind(n.kind()))).append("</div></div>\n");
        out.append("<h1>").append(esc(h.title())).append("</h1>\n<table class=\"facts\"><tbody>");
        for (String[] fact : words.headerFacts(h)) {
            out.append("<tr><td class=\"k\">").append(esc(fact[0])).append("</td><td>").append(esc(fact[1]))
                    .append("</td></tr>");
        }
        out.append("</tbody></table>\n<p>").append(esc(words.intro(n.kind()))).append("</p>\n");
        section(words.text("notice.heading.changed"));
        paragraphs(n.changed(), null);
        if (n.kind() == com.promisedesk.domain.NoticeKind.CHANGE) {
            means(n);
        }
        section(words.planHeading(n.kind()));
        paragraphs(n.plan(), words.text("notice.empty.plan"));
        if (n.kind() == com.promisedesk.domain.NoticeKind.CHANGE) {
            needs(n);
        }
        contact(n);
        if (h.revision() != null) {
            out.append("<p class=\"sub\">").append(esc(words.format("notice.goesWith", Integer.toString(h.revision()))))
                    .append(" <code>").append(esc(h.summarySha256())).append("</code></p>\n");
        }
        if (!paged) {
            out.append("<div class=\"end-footer\">").append(esc(words.footerFacts(h)))
                    .append("<br/>SHA-256 <code>").append(n.fingerprint()).append("</code></div>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    private void means(Notice n) {
        section(words.text("notice.heading.means"));
        if (n.moves().isEmpty()) {
            out.append("<p class=\"lead\">").append(esc(words.text("notice.empty.means"))).append("</p>\n");
            return;
        }
        out.append("<p class=\"lead\">").append(esc(words.text("notice.lead.means"))).append("</p>\n");
        head(words.text("notice.column.item"), words.text("notice.column.was"), words.text("notice.column.now"));
        for (Notice.Move m : n.moves()) {
            out.append("<tr><td class=\"name\">").append(esc(m.item())).append("</td><td class=\"date\">")
                    .append(esc(words.date(m.was()))).append("</td><td").append(m.now() == null ? ">" : " class=\"date\">")
                    .append(m.now() == null ? "" : "→ ").append(esc(words.now(m))).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private void needs(Notice n) {
        section(words.text("notice.heading.needs"));
        if (n.needs().isEmpty()) {
            out.append("<p class=\"lead\">").append(esc(words.text("notice.empty.needs"))).append("</p>\n");
            return;
        }
        out.append("<p class=\"lead\">").append(esc(words.text("notice.lead.needs"))).append("</p>\n");
        head(words.text("notice.column.need"), words.text("notice.column.by"));
        for (Notice.Need need : n.needs()) {
            out.append("<tr><td>").append(esc(need.what())).append("</td><td class=\"date\">")
                    .append(esc(words.date(need.due()))).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private void contact(Notice n) {
        List<String[]> contact = words.contactFacts(n.contact());
        out.append("<p class=\"lead\">").append(esc(words.text(contact.isEmpty() ? "notice.contact.leadNone"
                : "notice.contact.lead"))).append("</p>");
        if (!contact.isEmpty()) {
            out.append("<table class=\"contact\"><tbody>");
            for (String[] fact : contact) {
                out.append("<tr><td class=\"sub\">").append(esc(fact[0])).append("</td><td>").append(esc(fact[1]))
                        .append("</td></tr>");
            }
            out.append("</tbody></table>\n");
        }
    }

    private void paragraphs(String text, String whenNone) {
        List<String> all = NoticeWords.paragraphs(text);
        if (all.isEmpty() && whenNone != null) {
            out.append("<p class=\"none\">").append(esc(whenNone)).append("</p>\n");
        }
        all.forEach(p -> out.append("<p>").append(esc(p)).append("</p>\n"));
    }

    private void section(String title) {
        out.append("<h2>").append(esc(title)).append("</h2>\n");
    }

    private void head(String... columns) {
        out.append("<table><thead><tr>");
        for (String column : columns) {
            out.append("<th>").append(esc(column)).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
    }

    private static String esc(String text) {
        return HtmlSummary.escape(NoticeWords.clean(text));
    }

    private static String stylesheet() {
        try (InputStream in = HtmlNotice.class.getResourceAsStream("summary.css")) {
            if (in == null) {
                throw new IllegalStateException("summary.css is missing beside " + HtmlNotice.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read summary.css", e);
        }
    }
}
