package com.promisedesk.server;

import com.promisedesk.jdbc.SqlValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who did what on the central store: sign-ins to the console, decisions, publishes, tokens
 * made and revoked. An entry is written in the transaction of the change it records (the
 * {@link #record(Connection, Entry)} form), so it exists exactly when the change does; it
 * is never edited.
 */
public final class AuditTrail {

    /** The actor of what IT does on the server's shell ({@code server token …}). */
    public static final String COMMAND_LINE = "server command line";
    public static final String SIGN_IN = "sign-in";
    public static final String DECISION = "decision";
    public static final String PUBLISH = "publish";
    public static final String TOKEN_CREATED = "token-created";
    public static final String TOKEN_REVOKED = "token-revoked";
    private static final int MAX_DETAIL = 2000;

    /** One thing done: by whom, what, to what, and how (free text, may be null). */
    public record Entry(String actor, String action, String subject, String detail) {
    }

    /** An entry as recorded, with its time (ISO-8601, UTC). */
    public record Event(String at, String actor, String action, String subject, String detail) {
    }

    private final ServerDatabase database;
    private final Clock clock;

    public AuditTrail(ServerDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Records {@code entry} in a transaction of its own (a sign-in changes nothing else). */
    public void record(Entry entry) throws SQLException {
        database.write(connection -> {
            record(connection, entry);
            return null;
        });
    }

    /** Records {@code entry} in the caller's transaction, beside the change it is about. */
    public void record(Connection connection, Entry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_event (id, at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, SqlValues.text(clock.instant()));
            insert.setString(3, cut(entry.actor(), 200));
            insert.setString(4, entry.action());
            insert.setString(5, cut(entry.subject(), 400));
            insert.setString(6, entry.detail() == null ? null : cut(entry.detail(), MAX_DETAIL));
            insert.executeUpdate();
        }
    }

    /** The latest {@code limit} events, newest first. */
    public List<Event> recent(int limit) throws SQLException {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT at, actor, action, subject, detail FROM audit_event ORDER BY at DESC, id LIMIT ?")) {
                select.setInt(1, limit);
                try (ResultSet rows = select.executeQuery()) {
                    List<Event> events = new ArrayList<>();
                    while (rows.next()) {
                        events.add(new Event(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5)));
                    }
                    return events;
                }
            }
        });
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
