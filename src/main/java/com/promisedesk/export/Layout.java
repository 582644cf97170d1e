package com.promisedesk.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a summary is laid out for a reader: paper size and date order. Presentation only:
 * two layouts of one summary carry the same content and the same fingerprint.
 *
 * <p>Dates spell the month out ("15 Dec 2026", in the US "Dec 15, 2026") so that no
 * reader can mistake 03/04 for 4 March or 3 April in a document they will be held to.
 */
public record Layout(Locale locale, Paper paper) {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    public Layout {
        locale = locale == null ? Locale.UK : locale;
        paper = paper == null ? Paper.of(locale) : paper;
    }

    /** The paper and date order of {@code locale}. */
    public static Layout of(Locale locale) {
        return new Layout(locale, null);
    }

    /** Parses a language tag like "en-US" or "de-DE"; the paper follows unless {@code paper} is given. */
    public static Layout of(String languageTag, Paper paper) {
        Locale locale = languageTag == null ? Locale.getDefault() : Locale.forLanguageTag(languageTag);
        return new Layout(locale, paper);
    }

    public boolean monthFirst() {
        return "US".equals(locale.getCountry());
    }

    public String date(LocalDate day) {
        return (monthFirst() ? MONTH_DAY : DAY_MONTH).format(day);
    }
}
