package com.promisedesk.export;

import com.promisedesk.domain.NoticeKind;
import java.util.List;

/** A customer notice as plain text, for e-mail bodies and terminals: headings underlined, items indented. */
public final class TextNotice {

    private final NoticeWords words;
    private final StringBuilder out = new StringBuilder(4096);

    private TextNotice(Notice notice, Layout layout) {
        this.words = new NoticeWords(layout, notice.language());
    }

    public static String render(Notice notice, Layout layout) {
        return new TextNotice(notice, layout).document(notice);
    }

    private String document(Notice n) {
        Notice.Header h = n.header();
        if (!n.issued()) {
            line("*** " + words.text("notice.mark.draft") + " ***").line(words.text("notice.mark.explained")).blank();
        }
        if (h.company() != null) {
            line(h.company());
        }
        line(words.kind(n.kind())).blank();
        heading(h.title(), '=');
        words.headerFacts(h).forEach(f -> line(f[0] + ": " + f[1]));
        blank().line(words.intro(n.kind()));
        section(words.text("notice.heading.changed"));
        NoticeWords.paragraphs(n.changed()).forEach(this::line);
        if (n.kind() == NoticeKind.CHANGE) {
            section(words.text("notice.heading.means"));
            line(words.text(n.moves().isEmpty() ? "notice.empty.means" : "notice.lead.means"));
            n.moves().forEach(m -> line("- " + m.item() + " — " + (m.now() == null ? words.date(m.was()) + ". "
                    + words.now(m) : words.format("notice.move", words.date(m.was()), words.now(m)))));
        }
        section(words.planHeading(n.kind()));
        List<String> plan = NoticeWords.paragraphs(n.plan());
        if (plan.isEmpty()) {
            line(words.text("notice.empty.plan"));
        }
        plan.forEach(this::line);
        if (n.kind() == NoticeKind.CHANGE) {
            section(words.text("notice.heading.needs"));
            line(words.text(n.needs().isEmpty() ? "notice.empty.needs" : "notice.lead.needs"));
            n.needs().forEach(x -> line("- " + x.what() + " — " + words.format("notice.byDate", words.date(x.due()))));
        }
        List<String[]> contact = words.contactFacts(n.contact());
        blank().line(words.text(contact.isEmpty() ? "notice.contact.leadNone" : "notice.contact.lead"));
        contact.forEach(f -> line("  " + f[0] + ": " + f[1]));
        blank().line("--");
        if (h.revision() != null) {
            line(words.format("notice.goesWith", Integer.toString(h.revision())) + " " + h.summarySha256());
        }
        line(words.footerFacts(h)).line("SHA-256 " + n.fingerprint());
        return out.toString();
    }

    private void section(String title) {
        blank().heading(title, '-');
    }

    private TextNotice heading(String title, char underline) {
        String clean = NoticeWords.clean(title);
        return line(clean).line(String.valueOf(underline).repeat(Math.min(72, clean.codePointCount(0, clean.length()))));
    }

    private TextNotice line(String text) {
        // One item per line: a stray newline in the rep's words must not start a fake item.
        out.append(NoticeWords.clean(text).replace("\r", " ").replace("\n", " ")).append('\n');
        return this;
    }

    private TextNotice blank() {
        out.append('\n');
        return this;
    }
}
