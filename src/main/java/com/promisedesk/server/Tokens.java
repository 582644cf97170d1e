package com.promisedesk.server;

import com.promisedesk.file.Sha256;
import com.promisedesk.jdbc.SqlValues;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * API tokens: 256 random bits shown once; only their SHA-256 is stored. A plain hash
 * (no salt, no slow KDF) is enough because the secret is random, not a password a
 * person chose: nothing is gained by guessing it from a dictionary.
 */
public final class Tokens {

    /**
     * A token as {@code token list} and the console's Access page show it: never the token
     * itself. {@code email} (where notices go), {@code lastSeen} (any request) and
     * {@code lastSync} (a pull) may be null.
     */
    public record TokenRow(String id, String user, String role, String email, String createdAt, String revokedAt,
                           String lastSeen, String lastSync) {
    }

    /** A new token: {@code token} is printed once and never stored. */
    public record CreatedToken(String id, String token) {
    }

    private static final String PREFIX = "pd_";
    /** Enough to catch a typo or a name in the wrong field; the mail server has the last word. */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s<>\",]+@[^@\\s<>\",]+\\.[^@\\s<>\",]+");
    /** A token's last_seen is written at most this often: not one write per request. */
    private static final java.time.Duration SEEN_EVERY = java.time.Duration.ofMinutes(1);

    private final ServerDatabase database;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AuditTrail audit;

    public Tokens(ServerDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new AuditTrail(database, clock);
    }

    /** A token made on the server's shell, with no address for notices. */
    public CreatedToken create(Principal principal) throws SQLException {
        return create(principal, null, AuditTrail.COMMAND_LINE);
    }

    /**
     * A new token for {@code principal}; {@code email} (may be null) is where notices for them
     * go. Recorded in the audit list as made by {@code actor}, in the same transaction.
     */
    public CreatedToken create(Principal principal, String email, String actor) throws SQLException {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        byte[] idBytes = new byte[6];
        random.nextBytes(idBytes);
        String id = HexFormat.of().formatHex(idBytes);
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO api_token (id, user_name, role, token_hash, created_at, email) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, principal.user());
                insert.setString(3, principal.role());
                insert.setString(4, hash(token));
                insert.setString(5, SqlValues.text(clock.instant()));
                insert.setString(6, email);
                insert.executeUpdate();
            }
            audit.record(connection, new AuditTrail.Entry(actor, AuditTrail.TOKEN_CREATED, id,
                    principal.user() + " (" + principal.role() + ")"));
            return null;
        });
        return new CreatedToken(id, token);
    }

    public List<TokenRow> list() throws SQLException {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, user_name, role, email, created_at, revoked_at, last_seen, last_sync FROM api_token"
                            + " ORDER BY created_at, id");
                 ResultSet rows = select.executeQuery()) {
                List<TokenRow> tokens = new ArrayList<>();
                while (rows.next()) {
                    tokens.add(new TokenRow(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8)));
                }
                return tokens;
            }
        });
    }

    /** Revoked on the server's shell. */
    public boolean revoke(String id) throws SQLException {
        return revoke(id, AuditTrail.COMMAND_LINE);
    }

    /** @return false when no live token has this id; otherwise recorded in the audit list as by {@code actor} */
    public boolean revoke(String id, String actor) throws SQLException {
        return database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                update.setString(1, SqlValues.text(clock.instant()));
                update.setString(2, id);
                if (update.executeUpdate() != 1) {
                    return false;
                }
            }
            audit.record(connection, new AuditTrail.Entry(actor, AuditTrail.TOKEN_REVOKED, id, null));
            return true;
        });
    }

    /**
     * Notes that {@code token} (live, just authenticated) was used now; {@code synced} for a
     * pull. Written at most once a minute per token, in a transaction of its own.
     */
    public void seen(String token, boolean synced) throws SQLException {
        String now = SqlValues.text(clock.instant());
        String before = SqlValues.text(clock.instant().minus(SEEN_EVERY));
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE api_token SET last_seen = ?"
                    + (synced ? ", last_sync = ?" : "") + " WHERE token_hash = ? AND (last_seen IS NULL OR last_seen < ?"
                    + (synced ? " OR last_sync IS NULL OR last_sync < ?" : "") + ")")) {
                int i = 1;
                update.setString(i++, now);
                if (synced) {
                    update.setString(i++, now);
                }
                update.setString(i++, hash(token));
                update.setString(i++, before);
                if (synced) {
                    update.setString(i, before);
                }
                return update.executeUpdate();
            }
        });
    }

    /** The owner of a live token; empty for an unknown or revoked one. */
    public Optional<Principal> authenticate(String token) throws SQLException {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT user_name, role FROM api_token WHERE token_hash = ? AND revoked_at IS NULL")) {
                select.setString(1, hash);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new Principal(rows.getString(1), rows.getString(2)))
                            : Optional.empty();
                }
            }
        });
    }

    /** Whether {@code token} is one this store made and later revoked (asked only after it was refused). */
    public boolean revoked(String token) throws SQLException {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return false;
        }
        String hash = hash(token);
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM api_token WHERE token_hash = ? AND revoked_at IS NOT NULL")) {
                select.setString(1, hash);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** What is wrong with {@code email} as an address for notices (given as {@code field}); null when nothing. */
    public static String wrongEmail(String email, String field) {
        if (email == null || email.isEmpty()) {
            return null;
        }
        if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            return field + " must be an e-mail address such as lena@example.com (at most 320 characters)";
        }
        return null;
    }

    static String hash(String token) {
        return Sha256.of(token.getBytes(StandardCharsets.UTF_8));
    }
}
