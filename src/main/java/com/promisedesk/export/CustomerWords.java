package com.promisedesk.export;

import com.promisedesk.domain.Language;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the customer reads, in their language: the words of the written summary and of the
 * read-back from the resource bundle {@code customer*.properties} beside this class, and
 * dates and numbers as that language writes them ("15. Dezember 2026", "1 234,5"). A
 * translator adds a language with one file; nothing here is worded by hand.
 */
public final class CustomerWords {

    static final String BUNDLE = "com.promisedesk.export.customer";
    /** English is the base file; no other language ever stands in for a missing one (not even the system's). */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** The English summary spells the month short ("15 Dec 2026"), as it always has. */
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final Language language;
    private final ResourceBundle bundle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter day;

    private CustomerWords(Language language) {
        this.language = language;
        Locale locale = language.locale();
        this.bundle = ResourceBundle.getBundle(BUNDLE, language == Language.EN ? Locale.ROOT : locale, NO_FALLBACK);
        boolean english = language == Language.EN;
        this.date = english ? ENGLISH_DATE : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        // Polish puts the weekday after "do" (by) in the genitive ("do środy"), which no formatter gives: the date alone.
        this.day = english ? ENGLISH_DAY : DateTimeFormatter.ofLocalizedDate(language == Language.PL ? FormatStyle.LONG
                : FormatStyle.FULL).withLocale(locale);
    }

    /** The words of {@code language}; English for null (a promise with no language chosen). */
    public static CustomerWords of(Language language) {
        return new CustomerWords(language == null ? Language.EN : language);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** The text of {@code key}, as written in the bundle. */
    public String text(String key) {
        return bundle.getString(key);
    }

    /** The pattern of {@code key} with {@code values} put in, numbers as the language writes them. */
    public String format(String key, Object... values) {
        return new MessageFormat(text(key), locale()).format(values);
    }

    /** The form of {@code key} for {@code n} ({@code key.one}, {@code .few}, …), with n put in. */
    public String plural(String key, long n) {
        return format(key + Plural.of(language, n).suffix(), n);
    }

    /** A day with the month spelled out: "15 Dec 2026", "15. Dezember 2026", "15 grudnia 2026". */
    public String date(LocalDate value) {
        return date.format(value);
    }

    /** A day with its weekday, for the read-back: "Tue 15 Dec 2026", "Dienstag, 15. Dezember 2026" (Polish: none). */
    public String day(LocalDate value) {
        return day.format(value);
    }

    /**
     * A time of day as {@code locale} writes it, short ("14:32", "2:32 PM"): {@code null} is the language's own,
     * English as Britain writes it (24 hours, as the rest of Europe reads it).
     */
    public String time(TemporalAccessor value, Locale locale) {
        Locale in = locale != null ? locale : language == Language.EN ? Locale.UK : locale();
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(in).format(value);
    }

    /**
     * {@code unit} after {@code value} as the language writes it ("Tage", "dni", "lat"), where the bundle has it
     * ({@code unit.days.one}, …); else as the catalog writes it ("h", "%", "EUR"). A fraction takes the form
     * {@code .other} ("0,5 dnia").
     */
    public String unit(String unit, BigDecimal value) {
        String key = "unit." + unit.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        String form = key + (whole ? Plural.of(language, value.longValue()) : Plural.OTHER).suffix();
        return bundle.containsKey(form) ? bundle.getString(form) : unit;
    }

    /** A number with the language's grouping and decimal mark: "1,234.5", "1.234,5", "1 234,5". */
    public String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }
}
