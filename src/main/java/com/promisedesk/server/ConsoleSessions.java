package com.promisedesk.server;

import com.promisedesk.file.Sha256;
import com.promisedesk.jdbc.SqlValues;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The console's sessions, in the server's database ({@code console_session}), so that every
 * server process sharing the database knows them. The browser holds 256 random bits; only
 * their SHA-256 is stored, as for tokens: a stolen database copy opens no session. A session
 * belongs to the token it was opened with: revoking the token ends it at the next page.
 */
final class ConsoleSessions {

    /** A live session: who it belongs to and the CSRF token its forms carry. */
    record Session(String idHash, Principal who, String csrf) {

        /** Whether {@code sent} is this session's CSRF token, compared in constant time. */
        boolean csrfMatches(String sent) {
            return sent != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                    sent.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A session just opened: {@code cookie} goes to the browser once and is never stored. */
    record Opened(String cookie, Session session) {
    }

    private record Stored(Principal who, String csrf, Instant lastSeen) {
    }

    /** last_seen is written at most this often, not at every page: fewer writes, the same timeout within a minute. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    /** How long a one-time sign-in link works. */
    static final Duration LINK_VALID = Duration.ofMinutes(15);

    private final ServerDatabase database;
    private final Clock clock;
    private final Duration idleTimeout;
    private final SecureRandom random = new SecureRandom();

    ConsoleSessions(ServerDatabase database, Clock clock, Duration idleTimeout) {
        this.database = database;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /** Opens a session for a live token; empty when the token is unknown or revoked. */
    Optional<Opened> open(String token) throws SQLException {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String tokenHash = hash(token.strip());
        Instant now = clock.instant();
        return database.write(connection -> {
            String tokenId;
            Principal who;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, user_name, role FROM api_token WHERE token_hash = ? AND revoked_at IS NULL")) {
                select.setString(1, tokenHash);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    tokenId = rows.getString(1);
                    who = new Principal(rows.getString(2), rows.getString(3));
                }
            }
            return Optional.of(insertSession(connection, tokenId, who, now));
        });
    }

    /**
     * A one-time sign-in link's secret for {@code user}'s newest live token: valid for
     * {@link #LINK_VALID}, usable once. Empty when the user has no live token.
     */
    Optional<String> link(String user) throws SQLException {
        String secret = randomText();
        Instant now = clock.instant();
        return database.write(connection -> {
            String tokenId;
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM api_token WHERE user_name = ?"
                    + " AND revoked_at IS NULL ORDER BY created_at DESC, id DESC")) {
                select.setString(1, user);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    tokenId = rows.getString(1);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO console_link (id_hash, token_id, created_at) VALUES (?, ?, ?)")) {
                insert.setString(1, hash(secret));
                insert.setString(2, tokenId);
                insert.setString(3, SqlValues.text(now));
                insert.executeUpdate();
            }
            return Optional.of(secret);
        });
    }

    /** Uses a one-time link: a session when it is unused, younger than {@link #LINK_VALID} and its token live. */
    Optional<Opened> openByLink(String secret) throws SQLException {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        String linkHash = hash(secret.strip());
        Instant now = clock.instant();
        return database.write(connection -> {
            // Marked used first, in the same transaction: of two clicks at once, one finds it unused.
            try (PreparedStatement use = connection.prepareStatement("UPDATE console_link SET used_at = ?"
                    + " WHERE id_hash = ? AND used_at IS NULL AND created_at >= ?")) {
                use.setString(1, SqlValues.text(now));
                use.setString(2, linkHash);
                use.setString(3, SqlValues.text(now.minus(LINK_VALID)));
                if (use.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT t.id, t.user_name, t.role"
                    + " FROM console_link l JOIN api_token t ON t.id = l.token_id"
                    + " WHERE l.id_hash = ? AND t.revoked_at IS NULL")) {
                select.setString(1, linkHash);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(insertSession(connection, rows.getString(1),
                            new Principal(rows.getString(2), rows.getString(3)), now));
                }
            }
        });
    }

    private Opened insertSession(java.sql.Connection connection, String tokenId, Principal who, Instant now)
            throws SQLException {
        String cookie = randomText();
        String csrf = randomText();
        // Sessions left to time out are removed here, by whoever signs in next.
        try (PreparedStatement expired = connection.prepareStatement("DELETE FROM console_session WHERE last_seen < ?")) {
            expired.setString(1, SqlValues.text(now.minus(idleTimeout)));
            expired.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO console_session"
                + " (id_hash, token_id, csrf, created_at, last_seen) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, hash(cookie));
            insert.setString(2, tokenId);
            insert.setString(3, csrf);
            insert.setString(4, SqlValues.text(now));
            insert.setString(5, SqlValues.text(now));
            insert.executeUpdate();
        }
        return new Opened(cookie, new Session(hash(cookie), who, csrf));
    }

    /** The live session a cookie names; empty when unknown, idle too long, or its token revoked. */
    Optional<Session> find(String cookie) throws SQLException {
        if (cookie == null || cookie.isEmpty() || cookie.length() > 100) {
            return Optional.empty();
        }
        String idHash = hash(cookie);
        Instant now = clock.instant();
        Optional<Stored> row = database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT t.user_name, t.role, s.csrf, s.last_seen"
                    + " FROM console_session s JOIN api_token t ON t.id = s.token_id"
                    + " WHERE s.id_hash = ? AND t.revoked_at IS NULL")) {
                select.setString(1, idHash);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new Stored(new Principal(rows.getString(1), rows.getString(2)),
                            rows.getString(3), SqlValues.instant(rows.getString(4)))) : Optional.empty();
                }
            }
        });
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Instant lastSeen = row.get().lastSeen();
        if (lastSeen.plus(idleTimeout).isBefore(now)) {
            close(cookie);
            return Optional.empty();
        }
        if (lastSeen.plus(TOUCH_EVERY).isBefore(now)) {
            database.write(connection -> {
                try (PreparedStatement touch = connection.prepareStatement(
                        "UPDATE console_session SET last_seen = ? WHERE id_hash = ?")) {
                    touch.setString(1, SqlValues.text(now));
                    touch.setString(2, idHash);
                    return touch.executeUpdate();
                }
            });
        }
        return Optional.of(new Session(idHash, row.get().who(), row.get().csrf()));
    }

    /** Ends the session a cookie names (sign-out); nothing happens for an unknown one. */
    void close(String cookie) throws SQLException {
        if (cookie == null || cookie.isEmpty() || cookie.length() > 100) {
            return;
        }
        String idHash = hash(cookie);
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM console_session WHERE id_hash = ?")) {
                delete.setString(1, idHash);
                return delete.executeUpdate();
            }
        });
    }

    private String randomText() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String secret) {
        return Sha256.of(secret.getBytes(StandardCharsets.UTF_8));
    }
}
