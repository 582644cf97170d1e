package com.promisedesk.server;

import com.promisedesk.jdbc.SqlValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The e-mail notices waiting to go out (table mail_outbox, migration V8; decision 0020).
 * A change that causes a notice writes its rows in its own transaction, one per person (a
 * person with several tokens is one address); the unique key (notice, about, role,
 * recipient) makes a second write of the same notice a no-op, whichever server makes it.
 * Off (no mail settings) it writes nothing, so notices never pile up for a mail server
 * configured months later.
 */
final class MailOutbox {

    static final String WAITING = "waiting";
    static final String DIGEST = "digest";
    static final String CATALOG = "catalog";

    /** One e-mail due: what it is about and to whom; its text is composed when it is sent. */
    record Due(String id, String notice, String about, String role, String recipient, int attempts) {
    }

    private final boolean on;
    private volatile Runnable wake = () -> { };

    MailOutbox(boolean on) {
        this.on = on;
    }

    static MailOutbox off() {
        return new MailOutbox(false);
    }

    boolean on() {
        return on;
    }

    /** What to call once rows were committed: the courier then drains at once instead of at its next round. */
    void onAdded(Runnable courier) {
        this.wake = courier;
    }

    /** After the transaction that added rows committed: never inside it, and never waiting for mail. */
    void wake() {
        if (on) {
            wake.run();
        }
    }

    /** One notice per approver role of a request that starts waiting; in the push's transaction. */
    void requestWaiting(Connection connection, UUID request, List<String> roles, Instant now) throws SQLException {
        if (!on) {
            return;
        }
        for (String role : roles) {
            add(connection, WAITING, request.toString(), role, recipients(connection, "approver:" + role), now);
        }
    }

    /** The "catalog updated" note to every rep; in the publish's transaction. */
    void catalogPublished(Connection connection, String version, Instant now) throws SQLException {
        if (on) {
            add(connection, CATALOG, version, "", recipients(connection, "rep"), now);
        }
    }

    /** Today's digest for {@code role}'s people; a second call the same day (another server) adds nothing. */
    int digest(Connection connection, String day, String role, Instant now) throws SQLException {
        return on ? add(connection, DIGEST, day, role, recipients(connection, "approver:" + role), now) : 0;
    }

    /** The distinct addresses on the live tokens of {@code tokenRole}, in lower case. */
    static Set<String> recipients(Connection connection, String tokenRole) throws SQLException {
        Set<String> addresses = new LinkedHashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT email FROM api_token WHERE role = ? AND"
                + " revoked_at IS NULL AND email IS NOT NULL AND email <> '' ORDER BY created_at, id")) {
            select.setString(1, tokenRole);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    addresses.add(rows.getString(1).strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return addresses;
    }

    /** The approver roles with at least one address for notices. */
    static List<String> approverRoles(Connection connection) throws SQLException {
        List<String> roles = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT role FROM api_token WHERE role LIKE"
                + " 'approver:%' AND revoked_at IS NULL AND email IS NOT NULL AND email <> '' ORDER BY role");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                roles.add(rows.getString(1).substring("approver:".length()));
            }
        }
        return roles;
    }

    private static int add(Connection connection, String notice, String about, String role, Set<String> recipients,
                           Instant now) throws SQLException {
        int added = 0;
        String at = SqlValues.text(now);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mail_outbox (id, notice, about, role,"
                + " recipient, created_at, next_try) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (notice, about, role, recipient) DO NOTHING")) {
            for (String recipient : recipients) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, notice);
                insert.setString(3, about);
                insert.setString(4, role);
                insert.setString(5, recipient);
                insert.setString(6, at);
                insert.setString(7, at);
                added += insert.executeUpdate();
            }
        }
        return added;
    }

    /** Rows due at {@code now} that no courier holds, oldest first. */
    static List<Due> due(Connection connection, Instant now, int limit) throws SQLException {
        String at = SqlValues.text(now);
        try (PreparedStatement select = connection.prepareStatement("SELECT id, notice, about, role, recipient, attempts"
                + " FROM mail_outbox WHERE outcome IS NULL AND next_try <= ? AND (claimed_until IS NULL OR claimed_until < ?)"
                + " ORDER BY created_at, id LIMIT " + limit)) {
            select.setString(1, at);
            select.setString(2, at);
            try (ResultSet rows = select.executeQuery()) {
                List<Due> due = new ArrayList<>();
                while (rows.next()) {
                    due.add(new Due(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getInt(6)));
                }
                return due;
            }
        }
    }

    /**
     * Takes {@code row} for this courier until {@code until} and counts the attempt; false when
     * another courier (another server) took it first or it is done.
     */
    static boolean claim(Connection connection, Due row, Instant now, Instant until) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE mail_outbox SET claimed_until = ?,"
                + " attempts = attempts + 1 WHERE id = ? AND outcome IS NULL AND (claimed_until IS NULL OR claimed_until < ?)")) {
            update.setString(1, SqlValues.text(until));
            update.setString(2, row.id());
            update.setString(3, SqlValues.text(now));
            return update.executeUpdate() == 1;
        }
    }

    /** Sent, skipped or given up: never tried again. */
    static void done(Connection connection, String id, String outcome, String failure, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE mail_outbox SET outcome = ?, done_at = ?,"
                + " claimed_until = NULL, last_failure = ? WHERE id = ?")) {
            update.setString(1, outcome);
            update.setString(2, SqlValues.text(now));
            update.setString(3, failure);
            update.setString(4, id);
            update.executeUpdate();
        }
    }

    /** Failed this time: tried again from {@code next} on. */
    static void retryAt(Connection connection, String id, String failure, Instant next) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE mail_outbox SET next_try = ?,"
                + " claimed_until = NULL, last_failure = ? WHERE id = ?")) {
            update.setString(1, SqlValues.text(next));
            update.setString(2, failure);
            update.setString(3, id);
            update.executeUpdate();
        }
    }
}
