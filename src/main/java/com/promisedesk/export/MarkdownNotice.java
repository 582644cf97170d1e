package com.promisedesk.export;

import com.promisedesk.domain.NoticeKind;
import java.util.List;

/** A customer notice as CommonMark; every word of the rep's and the customer's is escaped (see {@link MarkdownSummary}). */
public final class MarkdownNotice {

    private final NoticeWords words;
    private final StringBuilder out = new StringBuilder(4096);

    private MarkdownNotice(Notice notice, Layout layout) {
        this.words = new NoticeWords(layout, notice.language());
    }

    public static String render(Notice notice, Layout layout) {
        return new MarkdownNotice(notice, layout).document(notice);
    }

    private String document(Notice n) {
        Notice.Header h = n.header();
        if (!n.issued()) {
            out.append("> **").append(esc(words.text("notice.mark.draft"))).append("**  \n> ")
                    .append(esc(words.text("notice.mark.explained"))).append("\n\n");
        }
        if (h.company() != null) {
            out.append("**").append(esc(h.company())).append("** · ");
        }
        out.append(esc(words.kind(n.kind()))).append("\n\n# ").append(esc(h.title())).append("\n\n");
        words.headerFacts(h).forEach(f -> out.append("- ").append(esc(f[0])).append(": ").append(esc(f[1])).append('\n'));
        out.append('\n').append(esc(words.intro(n.kind()))).append('\n');
        section(words.text("notice.heading.changed"));
        paragraphs(n.changed(), null);
        if (n.kind() == NoticeKind.CHANGE) {
            section(words.text("notice.heading.means"));
            out.append(esc(words.text(n.moves().isEmpty() ? "notice.empty.means" : "notice.lead.means"))).append("\n\n");
            n.moves().forEach(m -> out.append("- **").append(esc(m.item())).append("** — ")
                    .append(esc(m.now() == null ? words.date(m.was()) + ". " + words.now(m)
                            : words.format("notice.move", words.date(m.was()), words.now(m)))).append('\n'));
        }
        section(words.planHeading(n.kind()));
        paragraphs(n.plan(), words.text("notice.empty.plan"));
        if (n.kind() == NoticeKind.CHANGE) {
            section(words.text("notice.heading.needs"));
            out.append(esc(words.text(n.needs().isEmpty() ? "notice.empty.needs" : "notice.lead.needs"))).append("\n\n");
            n.needs().forEach(x -> out.append("- ").append(esc(x.what())).append(" — ")
                    .append(esc(words.format("notice.byDate", words.date(x.due())))).append('\n'));
        }
        List<String[]> contact = words.contactFacts(n.contact());
        out.append('\n').append(esc(words.text(contact.isEmpty() ? "notice.contact.leadNone" : "notice.contact.lead")))
                .append("\n\n");
        contact.forEach(f -> out.append("- ").append(esc(f[0])).append(": ").append(esc(f[1])).append('\n'));
        out.append("\n---\n\n");
        if (h.revision() != null) {
            out.append(esc(words.format("notice.goesWith", Integer.toString(h.revision())))).append(" `")
                    .append(h.summarySha256()).append("`  \n");
        }
        out.append(esc(words.footerFacts(h))).append("  \nSHA-256 `").append(n.fingerprint()).append("`\n");
        return out.toString();
    }

    private void paragraphs(String text, String whenNone) {
        List<String> all = NoticeWords.paragraphs(text);
        if (all.isEmpty() && whenNone != null) {
            out.append('*').append(esc(whenNone)).append("*\n");
        }
        all.forEach(p -> out.append(esc(p)).append("\n\n"));
    }

    private void section(String title) {
        out.append("\n## ").append(esc(title)).append("\n\n");
    }

    private static String esc(String text) {
        return MarkdownSummary.escape(NoticeWords.clean(text));
    }
}
