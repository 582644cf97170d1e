package com.promisedesk.check;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ways a person may write a day, wherever PromiseDesk asks for one: the app's date
 * fields and every date option of the command line read them here, so a date typed in one
 * place is understood in all. A day that does not exist (31.02.2026, 2026-13-01) is no date:
 * it is refused, never moved to a nearby day.
 */
public final class DateText {

    /** The forms, as a message tells a person who typed something else. */
    public static final String FORMS = "2026-12-21, 21 Dec 2026, 21.12.2026 or 21/12/2026";

    // STRICT with "uuuu": a lenient or SMART reader would take 31.02.2026 for 28 Feb 2026.
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            strict("EEE d MMM uuuu"),
            strict("d MMM uuuu"),
            strict("d.M.uuuu"),
            strict("d/M/uuuu"));

    private DateText() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The day {@code text} names; empty when it is blank or no day in one of the {@link #FORMS}. */
    public static Optional<LocalDate> parse(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        String capitalised = capitalised(typed);
        for (DateTimeFormatter format : WRITTEN) {
            try {
                return Optional.of(LocalDate.parse(capitalised, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    /** Why {@code text} is no date, for a message that names the field: "\"next week\" is not a date; write …". */
    public static String notADate(String text) {
        return "\"" + (text == null ? "" : text.strip()) + "\" is not a date; write it as " + FORMS;
    }

    /** "15 dec 2026" reads like "15 Dec 2026". */
    private static String capitalised(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean wordStart = true;
        for (char c : text.toCharArray()) {
            out.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c);
        }
        return out.toString();
    }
}
