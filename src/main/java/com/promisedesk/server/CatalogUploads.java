package com.promisedesk.server;

import com.promisedesk.jdbc.SqlValues;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Catalog files uploaded in the console and not yet published (table {@code catalog_upload},
 * decision 0021): kept on the server between the preview and Publish, so what is published is
 * exactly what was previewed, and found only by their random id together with the user who
 * uploaded them. One pending upload per person; a day old, it is gone.
 */
final class CatalogUploads {

    /** One upload: its id, the file's name and its exact text. */
    record Upload(String id, String fileName, String source, Instant uploadedAt) {
    }

    static final Duration KEPT_FOR = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServerDatabase database;
    private final Clock clock;

    CatalogUploads(ServerDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Keeps {@code source} for {@code user}, replacing their earlier upload; returns its new id. */
    String keep(String user, String fileName, String source) throws SQLException {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        String id = HexFormat.of().formatHex(bits);
        Instant now = clock.instant();
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM catalog_upload WHERE user_name = ? OR uploaded_at < ?")) {
                delete.setString(1, user);
                delete.setString(2, SqlValues.text(now.minus(KEPT_FOR)));
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO catalog_upload"
                    + " (id, user_name, file_name, source_text, uploaded_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, user);
                insert.setString(3, fileName);
                insert.setString(4, source);
                insert.setString(5, SqlValues.text(now));
                insert.executeUpdate();
            }
            return null;
        });
        return id;
    }

    /** The upload {@code id} if {@code user} made it and it is less than a day old; empty otherwise. */
    Optional<Upload> find(String id, String user) throws SQLException {
        if (id == null || !id.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        String since = SqlValues.text(clock.instant().minus(KEPT_FOR));
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT file_name, source_text, uploaded_at"
                    + " FROM catalog_upload WHERE id = ? AND user_name = ? AND uploaded_at >= ?")) {
                select.setString(1, id);
                select.setString(2, user);
                select.setString(3, since);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new Upload(id, rows.getString(1), rows.getString(2),
                            SqlValues.instant(rows.getString(3)))) : Optional.empty();
                }
            }
        });
    }

    /** Forgets the upload (published, or discarded by its user). */
    void forget(String id, String user) throws SQLException {
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM catalog_upload WHERE id = ? AND user_name = ?")) {
                delete.setString(1, id);
                delete.setString(2, user);
                return delete.executeUpdate();
            }
        });
    }
}
