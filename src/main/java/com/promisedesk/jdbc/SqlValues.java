package com.promisedesk.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * How domain values become column text and back, the same in the local store and the
 * central store. Instants get a fixed six-digit fraction so that ordering the text orders
 * the time ({@code Instant.toString()} drops trailing zeros, and "…00Z" would sort after
 * "…00.5Z"). A NULL column reads back as null.
 */
public final class SqlValues {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private SqlValues() {
    }

    /** The instant as it will be stored, so callers can hand back exactly what a later read returns. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String text(Instant instant) {
        return INSTANT.format(instant);
    }

    public static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    public static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    public static UUID uuid(String text) {
        return UUID.fromString(text);
    }
}
