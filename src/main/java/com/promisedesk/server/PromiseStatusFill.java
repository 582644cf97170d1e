package com.promisedesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.domain.PromiseStatus;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 7.1: copies each stored promise's status from its document into the column V7
 * added, so the Team page counts them with one grouped query. In Java because SQLite and
 * PostgreSQL read JSON with different functions; registered by {@link ServerDatabase}, not
 * found by scanning.
 */
final class PromiseStatusFill implements JavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The status a stored document names ({@code DRAFT} when it names none, as the promise file
     * reads it), or null when the document cannot be read as one.
     */
    static String statusOf(String doc) {
        try {
            JsonNode status = JSON.readTree(doc).get("status");
            return status == null || status.isNull() ? PromiseStatus.DRAFT.name()
                    : PromiseStatus.valueOf(status.asText().toUpperCase(Locale.ROOT)).name();
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7.1");
    }

    @Override
    public String getDescription() {
        return "promise status from its document";
    }

    @Override
    public Integer getChecksum() {
        return 71;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, doc FROM promise WHERE status IS NULL");
             PreparedStatement update = connection.prepareStatement("UPDATE promise SET status = ? WHERE id = ?");
             ResultSet rows = select.executeQuery()) {
            int batched = 0;
            while (rows.next()) {
                update.setString(1, statusOf(rows.getString(2)));
                update.setString(2, rows.getString(1));
                update.addBatch();
                if (++batched % 500 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }
}
