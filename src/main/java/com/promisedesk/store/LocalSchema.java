package com.promisedesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Whether a local store's tables are already those of this version of the app, asked with
 * plain JDBC so that opening an up-to-date store does not load Flyway (about 400 classes kept
 * in memory for the whole session, only to find nothing to do).
 */
final class LocalSchema {

    /**
     * The version of the newest migration in {@code db/local} ({@code V<n>__….sql}). Adding a
     * migration means raising this number too; {@code LocalSchemaTest} fails until it is.
     */
    static final int NEWEST_MIGRATION = 16;

    private LocalSchema() {
    }

    /**
     * True only when Flyway's history says every migration it ran succeeded and the newest one
     * is {@link #NEWEST_MIGRATION}. A new store, an older one, one with a failed migration, one a
     * newer app has migrated further, or a file that cannot be read at all goes through Flyway,
     * which migrates it or says what is wrong as it always has.
     */
    static boolean isCurrent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet history = statement.executeQuery("SELECT count(*) FROM sqlite_master"
                     + " WHERE type = 'table' AND name = 'flyway_schema_history'")) {
            if (!history.next() || history.getInt(1) == 0) {
                return false;
            }
            try (ResultSet rows = statement.executeQuery("SELECT min(success),"
                    + " max(CASE WHEN success = 1 THEN CAST(version AS INTEGER) END) FROM flyway_schema_history")) {
                return rows.next() && rows.getInt(1) == 1 && rows.getInt(2) == NEWEST_MIGRATION;
            }
        } catch (SQLException e) {
            return false;
        }
    }
}
