package com.promisedesk.ui.editor;

import com.promisedesk.check.BusinessCalendar;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rep may type as a line's date: an ISO date ({@code 2026-12-15}), a written one
 * ({@code 15 Dec 2026}, {@code Tue 15 Dec 2026}, {@code 15.12.2026}), or an offset from the
 * promise's start: {@code +15bd} business days, {@code +3w} weeks, {@code +10d} days.
 */
public final class DateInput {

    private static final Pattern OFFSET = Pattern.compile("\\+\\s*(\\d{1,4})\\s*(bd|d|w)", Pattern.CASE_INSENSITIVE);
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d.M.yyyy"),
            DateTimeFormatter.ofPattern("d/M/yyyy"));

    private final LocalDate start;
    private final BusinessCalendar calendar;

    public DateInput(LocalDate start, BusinessCalendar calendar) {
        this.start = start;
        this.calendar = calendar;
    }

    /** The date the text means; empty when it means none (blank) or cannot be read. */
    public Optional<LocalDate> parse(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        Matcher offset = OFFSET.matcher(typed);
        if (offset.matches()) {
            int n = Integer.parseInt(offset.group(1));
            return Optional.of(switch (offset.group(2).toLowerCase(Locale.ROOT)) {
                case "bd" -> calendar.add(start, n);
                case "w" -> start.plusWeeks(n);
                default -> start.plusDays(n);
            });
        }
        for (DateTimeFormatter format : WRITTEN) {
            try {
                return Optional.of(LocalDate.parse(capitalised(typed), format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} is blank or a date this input understands. */
    public boolean isValid(String text) {
        return text == null || text.isBlank() || parse(text).isPresent();
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
