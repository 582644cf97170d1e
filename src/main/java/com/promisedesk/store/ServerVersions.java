package com.promisedesk.store;

import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The central store's version each local promise is based on (table promise_sync), on the
 * caller's connection: a push says it, an accepted push and a resolved conflict move it.
 */
final class ServerVersions {

    static final String SELECT =
            "SELECT s.server_version FROM promise_sync s JOIN promise p ON p.key = s.promise_key WHERE p.id = ?";

    private ServerVersions() {
    }

    /** The server version of {@code promiseId}; 0 when never synced. */
    static long in(Connection connection, String promiseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            ResultSet rows = Statements.bind(select, promiseId).executeQuery();
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    static void put(Connection connection, String promiseId, long version, Instant now) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO promise_sync (promise_key, server_version, synced_at)"
                        + " SELECT key, ?, ? FROM promise WHERE id = ?"
                        + " ON CONFLICT (promise_key) DO UPDATE SET server_version = excluded.server_version,"
                        + " synced_at = excluded.synced_at")) {
            Statements.bind(upsert, version, SqlValues.text(now), promiseId).executeUpdate();
        }
    }
}
