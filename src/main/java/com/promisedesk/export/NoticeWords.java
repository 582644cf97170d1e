package com.promisedesk.export;

import com.promisedesk.domain.Language;
import com.promisedesk.domain.NoticeKind;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The fixed words of a customer notice in the customer's language, from the bundle
 * {@code notice*.properties} beside this class (English is the base; no other language stands in
 * for a missing one), with dates as the written summary writes them. Shared by every format, so
 * they all say the same thing.
 */
public final class NoticeWords {

    static final String BUNDLE = "com.promisedesk.export.notice";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Layout layout;
    private final CustomerWords words;
    private final ResourceBundle bundle;

    public NoticeWords(Layout layout, Language language) {
        this.layout = layout;
        this.words = CustomerWords.of(language);
        this.bundle = ResourceBundle.getBundle(BUNDLE, language == Language.EN ? Locale.ROOT : language.locale(),
                NO_FALLBACK);
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... values) {
        return new MessageFormat(text(key), words.locale()).format(values);
    }

    String tag() {
        return words.language().tag();
    }

    /** English dates follow the layout's order (the US writes the month first); others as their language does. */
    public String date(LocalDate day) {
        if (day == null) {
            return "—";
        }
        return words.language() == Language.EN ? layout.date(day) : words.date(day);
    }

    String kind(NoticeKind kind) {
        return text(kind == NoticeKind.CHANGE ? "notice.kind.change" : "notice.kind.update");
    }

    String intro(NoticeKind kind) {
        return text(kind == NoticeKind.CHANGE ? "notice.intro.change" : "notice.intro.update");
    }

    String planHeading(NoticeKind kind) {
        return text(kind == NoticeKind.CHANGE ? "notice.heading.plan" : "notice.heading.next");
    }

    /** The new date of a moved item, or the plain sentence that it cannot be delivered as promised. */
    String now(Notice.Move move) {
        return move.now() == null ? text("notice.now.cannot") : date(move.now());
    }

    /** Label and value of each header fact, in print order; missing ones are left out. */
    List<String[]> headerFacts(Notice.Header h) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {text("notice.fact.customer"), h.customer()});
        if (h.contact() != null) {
            facts.add(new String[] {text("notice.fact.contact"), h.contact()});
        }
        facts.add(new String[] {text("notice.fact.date"), date(h.issued())});
        if (h.rep() != null) {
            facts.add(new String[] {text("notice.fact.from"), h.rep()});
        }
        facts.add(new String[] {text("notice.fact.revision"), h.revision() == null ? text("notice.revision.draft")
                : format("notice.revision.number", Integer.toString(h.revision()))});
        return facts;
    }

    /** "Goes with revision 3 · Issued 2 Dec 2026 · Northwind Traders", the footer's first line. */
    String footerFacts(Notice.Header h) {
        String revision = h.revision() == null ? text("notice.footer.draft")
                : format("notice.footer.revision", Integer.toString(h.revision()));
        return revision + " · " + format("notice.footer.issued", date(h.issued())) + " · " + h.customer();
    }

    List<String[]> contactFacts(Sender sender) {
        List<String[]> facts = new ArrayList<>();
        if (sender.rep() != null) {
            facts.add(new String[] {text("notice.contact.rep"), sender.rep()});
        }
        if (sender.email() != null) {
            facts.add(new String[] {text("notice.contact.email"), sender.email()});
        }
        if (sender.phone() != null) {
            facts.add(new String[] {text("notice.contact.phone"), sender.phone()});
        }
        if (sender.company() != null) {
            facts.add(new String[] {text("notice.contact.company"), sender.company()});
        }
        return facts;
    }

    /** The CSS content of the page counter, in the language (as the summary's). */
    String pageCounter() {
        String pattern = text("notice.page");
        int first = pattern.indexOf("{0}");
        int second = pattern.indexOf("{1}");
        return css(pattern.substring(0, first)) + " counter(page) " + css(pattern.substring(first + 3, second))
                + " counter(pages)" + (second + 3 < pattern.length() ? " " + css(pattern.substring(second + 3)) : "");
    }

    private static String css(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /**
     * The rep's and the customer's words with bidirectional overrides and isolates taken out: U+202E
     * could make "gpj.exe" read as "exe.jpg" in a document the customer is held to. Null stays null.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
            if (!bidi) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** The paragraphs of a text the rep wrote: one per non-blank line. */
    static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return clean(text).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
