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

    /** A token as {@code token list} shows it: never the token itself. */
    public record TokenRow(String id, String user, String role, String createdAt, String revokedAt) {
    }

    /** A new token: {@code token} is printed once and never stored. */
    public record CreatedToken(String id, String token) {
    }

    private static final String PREFIX = "pd_";

    private final ServerDatabase database;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Tokens(ServerDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public CreatedToken create(Principal principal) throws SQLException {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        byte[] idBytes = new byte[6];
        random.nextBytes(idBytes);
        String id = HexFormat.of().formatHex(idBytes);
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO api_token (id, user_name, role, token_hash, created_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, principal.user());
                insert.setString(3, principal.role());
                insert.setString(4, hash(token));
                insert.setString(5, SqlValues.text(clock.instant()));
                return insert.executeUpdate();
            }
        });
        return new CreatedToken(id, token);
    }

    public List<TokenRow> list() throws SQLException {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, user_name, role, created_at, revoked_at FROM api_token ORDER BY created_at, id");
                 ResultSet rows = select.executeQuery()) {
                List<TokenRow> tokens = new ArrayList<>();
                while (rows.next()) {
                    tokens.add(new TokenRow(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5)));
                }
                return tokens;
            }
        });
    }

    /** @return false when no live token has this id */
    public boolean revoke(String id) throws SQLException {
        return database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                update.setString(1, SqlValues.text(clock.instant()));
                update.setString(2, id);
                return update.executeUpdate() == 1;
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

    static String hash(String token) {
        return Sha256.of(token.getBytes(StandardCharsets.UTF_8));
    }
}
