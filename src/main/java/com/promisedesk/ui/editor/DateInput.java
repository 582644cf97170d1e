package com.promisedesk.ui.editor;

import com.promisedesk.check.BusinessCalendar;
import com.promisedesk.check.DateText;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rep may type as a line's date: a day in one of the {@link DateText} forms every date
 * field reads ({@code 2026-12-15}, {@code 15 Dec 2026}, {@code Tue 15 Dec 2026}, {@code 15.12.2026},
 * {@code 15/12/2026}), or an offset from the promise's start: {@code +15bd} business days,
 * {@code +3w} weeks, {@code +10d} days.
 */
public final class DateInput {

    private static final Pattern OFFSET = Pattern.compile("\\+\\s*(\\d{1,4})\\s*(bd|d|w)", Pattern.CASE_INSENSITIVE);

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
        return DateText.parse(typed);
    }

    /** Whether {@code text} is blank or a date this input understands. */
    public boolean isValid(String text) {
        return text == null || text.isBlank() || parse(text).isPresent();
    }
}
