package com.promisedesk.server.console;

import com.promisedesk.check.Wording;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A moment as every console page writes it, for people in any time zone:
 * "Mon 23 Nov 2026, 09:00 UTC" (the date as the app and the summaries write one).
 */
public final class ConsoleTime {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private ConsoleTime() {
    }

    public static String of(Instant moment) {
        ZonedDateTime at = moment.atZone(ZoneOffset.UTC);
        return Wording.date(at.toLocalDate()) + ", " + CLOCK.format(at) + " UTC";
    }

    /** @param stored an instant as the database keeps it (ISO-8601); null gives {@code none} */
    public static String of(String stored, String none) {
        return stored == null ? none : of(Instant.parse(stored));
    }
}
