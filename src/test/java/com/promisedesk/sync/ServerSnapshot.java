package com.promisedesk.sync;

import com.promisedesk.server.ServerDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every table of a SQLite central store as one text, to see that a refused request changed
 * nothing. One statement, so that it can be taken after each of thousands of requests.
 */
final class ServerSnapshot {

    private static final List<String> ROWS = List.of(
            "SELECT id || version || doc || change_id || seq AS r FROM promise ORDER BY id",
            "SELECT promise_id || version AS r FROM promise_version ORDER BY promise_id, version",
            "SELECT change_id || outcome AS r FROM applied_change ORDER BY change_id",
            "SELECT id || status AS r FROM conflict ORDER BY id",
            "SELECT version AS r FROM catalog_version ORDER BY version",
            "SELECT id || token_hash AS r FROM api_token ORDER BY id",
            "SELECT id || status AS r FROM exception_request ORDER BY id",
            "SELECT request_id || role AS r FROM exception_decision ORDER BY request_id, role",
            "SELECT value AS r FROM sync_counter",
            "SELECT promise_id || sha256 AS r FROM revision ORDER BY promise_id, sha256",
            "SELECT change_id || done AS r FROM milestone_update ORDER BY change_id",
            "SELECT id || text || done || change_id AS r FROM milestone ORDER BY id",
            "SELECT capability || iso_week || quantity AS r FROM booking ORDER BY capability, iso_week, quantity");
    private static final String SQL = ROWS.stream()
            .map(rows -> "coalesce((SELECT group_concat(r, '|') FROM (" + rows + ")), '')")
            .collect(Collectors.joining(" || '#' || ", "SELECT ", ""));

    private final ServerDatabase database;

    ServerSnapshot(ServerDatabase database) {
        this.database = database;
    }

    String rows() throws SQLException {
        return database.read(connection -> {
            try (var statement = connection.createStatement(); var result = statement.executeQuery(SQL)) {
                result.next();
                return result.getString(1);
            }
        });
    }
}
