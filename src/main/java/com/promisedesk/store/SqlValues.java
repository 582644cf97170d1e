package com.promisedesk.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * How domain values become column text and back. Instants get a fixed six-digit
 * fraction so that ordering the text orders the time ({@code Instant.toString()}
 * drops trailing zeros, and "…00Z" would sort after "…00.5Z").
 */
final class SqlValues {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private SqlValues() {
    }

    /** The instant as it will be stored, so callers can hand back exactly what a later read returns. */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String text(Instant instant) {
        return INSTANT.format(instant);
    }

    static Instant instant(String text) {
        return Instant.parse(text);
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    static UUID uuid(String text) {
        return UUID.fromString(text);
    }

    /** Binds every value in order, starting at parameter 1. */
    static PreparedStatement bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }

    /** Closes every statement, even after one fails; the first failure is thrown. */
    static void closeAll(List<PreparedStatement> statements) throws SQLException {
        SQLException first = null;
        for (PreparedStatement statement : statements) {
            try {
                statement.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
