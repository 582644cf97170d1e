package com.promisedesk.store;

import com.promisedesk.jdbc.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** What sync remembers between rounds (table sync_setting: the server's address, the cursor), on the caller's connection. */
final class SyncSettings {

    static final String SERVER_URL = "server_url";
    static final String CURSOR = "cursor";
    static final String LAST_SYNC_AT = "last_sync_at";

    private SyncSettings() {
    }

    static Optional<String> in(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM sync_setting WHERE key = ?")) {
            ResultSet rows = Statements.bind(select, key).executeQuery();
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }

    static void put(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO sync_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            Statements.bind(upsert, key, value).executeUpdate();
        }
    }
}
