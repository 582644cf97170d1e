package com.promisedesk.server.console;

import com.promisedesk.check.Wording;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A moment as the console writes it for people in any time zone: "Mon 23 Nov 2026 09:00 UTC". */
public final class ConsoleTime {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private ConsoleTime() {
    }

    /** @param stored an instant as the database keeps it (ISO-8601); null gives {@code none} */
    public static String of(String stored, String none) {
        if (stored == null) {
            return none;
        }
        ZonedDateTime at = Instant.parse(stored).atZone(ZoneOffset.UTC);
        return Wording.date(at.toLocalDate()) + " " + CLOCK.format(at) + " UTC";
    }
}
