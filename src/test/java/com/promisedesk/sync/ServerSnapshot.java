package com.promisedesk.sync;

import com.promisedesk.server.ServerDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Every table of the central store as text, to see that a refused request changed nothing. */
final class ServerSnapshot {

    private static final List<String> QUERIES = List.of(
            "SELECT id || version || doc || change_id || seq FROM promise ORDER BY id",
            "SELECT promise_id || version FROM promise_version ORDER BY promise_id, version",
            "SELECT change_id || outcome FROM applied_change ORDER BY change_id",
            "SELECT id || status FROM conflict ORDER BY id", "SELECT version FROM catalog_version ORDER BY version",
            "SELECT id || token_hash FROM api_token ORDER BY id", "SELECT id || status FROM exception_request ORDER BY id",
            "SELECT request_id || role FROM exception_decision ORDER BY request_id, role",
            "SELECT CAST(value AS VARCHAR(20)) FROM sync_counter",
            "SELECT promise_id || sha256 FROM revision ORDER BY promise_id, sha256",
            "SELECT change_id || done FROM milestone_update ORDER BY change_id",
            "SELECT id || text || done || change_id FROM milestone ORDER BY id",
            "SELECT capability || iso_week || quantity FROM booking ORDER BY capability, iso_week, quantity");

    private final ServerDatabase database;

    ServerSnapshot(ServerDatabase database) {
        this.database = database;
    }

    List<String> rows() throws SQLException {
        return database.read(connection -> {
            List<String> found = new ArrayList<>();
            try (var statement = connection.createStatement()) {
                for (String sql : QUERIES) {
                    try (var result = statement.executeQuery(sql)) {
                        while (result.next()) {
                            found.add(result.getString(1));
                        }
                    }
                    found.add("--");
                }
            }
            return found;
        });
    }
}
