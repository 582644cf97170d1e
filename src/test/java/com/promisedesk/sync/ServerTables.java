package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.server.ServerDatabase;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The central store's tables read with plain SQL from the test, beside the server that writes them. */
final class ServerTables {

    private static final String FEED = "SELECT seq FROM promise UNION ALL SELECT seq FROM conflict"
            + " UNION ALL SELECT seq FROM catalog_version";

    private final ServerDatabase database;

    ServerTables(ServerDatabase database) {
        this.database = database;
    }

    /** The number the query {@code sql} (a count) gives, its {@code ?} bound to {@code params}. */
    long count(String sql, String... params) throws SQLException {
        return database.read(connection -> {
            try (var select = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    select.setString(i + 1, params[i]);
                }
                try (var rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** The current promises of {@code owner}: id to "v{version} {promise file JSON}". */
    Map<String, String> promises(String owner) throws SQLException {
        return map("SELECT id, 'v' || version || ' ' || doc FROM promise WHERE owner = ?", owner);
    }

    /** The open conflicts of {@code owner}: id to "{promise} base {version} theirs {version}". */
    Map<String, String> openConflicts(String owner) throws SQLException {
        return map("SELECT id, promise_id || ' base ' || base_version || ' theirs ' || theirs_version FROM conflict"
                + " WHERE owner = ? AND status = 'open'", owner);
    }

    /** Every promise document the server keeps: each version, and "yours" of each conflict. */
    Set<String> documents() throws SQLException {
        return database.read(connection -> {
            Set<String> all = new HashSet<>();
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT doc FROM promise_version UNION ALL SELECT yours_doc FROM conflict")) {
                while (rows.next()) {
                    all.add(rows.getString(1));
                }
            }
            return all;
        });
    }

    /** The tables agree with each other: nothing half-written, nothing twice, no gap. */
    void assertConsistent() throws SQLException {
        assertThat(count("SELECT count(*) FROM promise p WHERE NOT EXISTS (SELECT 1 FROM promise_version v"
                + " WHERE v.promise_id = p.id AND v.version = p.version AND v.doc = p.doc AND v.change_id = p.change_id)"))
                .as("current promises that are not their latest version").isZero();
        assertThat(count("SELECT count(*) FROM promise p WHERE p.version <> (SELECT count(*) FROM promise_version v"
                + " WHERE v.promise_id = p.id) OR p.version <> (SELECT max(v.version) FROM promise_version v"
                + " WHERE v.promise_id = p.id)")).as("promises whose versions are not 1..n").isZero();
        assertThat(count("SELECT count(*) FROM promise_version v WHERE NOT EXISTS (SELECT 1 FROM promise p"
                + " WHERE p.id = v.promise_id)")).as("versions of no promise").isZero();
        assertThat(count("SELECT count(*) FROM applied_change WHERE outcome NOT IN ('applied', 'conflict')"))
                .as("changes claimed but never answered").isZero();
        assertThat(count("SELECT count(*) FROM promise_version v WHERE NOT EXISTS (SELECT 1 FROM applied_change a"
                + " WHERE a.change_id = v.change_id AND a.promise_id = v.promise_id AND a.outcome = 'applied'"
                + " AND a.version = v.version)")).as("versions no applied change made").isZero();
        assertThat(count("SELECT count(*) FROM applied_change WHERE outcome = 'applied'"))
                .as("applied changes, one per version").isEqualTo(count("SELECT count(*) FROM promise_version"));
        assertThat(count("SELECT count(*) FROM conflict c WHERE NOT EXISTS (SELECT 1 FROM applied_change a"
                + " WHERE a.conflict_id = c.id AND a.change_id = c.change_id AND a.outcome = 'conflict')"))
                .as("conflicts no change was answered with").isZero();
        assertThat(count("SELECT count(*) FROM applied_change WHERE outcome = 'conflict'"))
                .as("changes answered as conflicts, one per conflict").isEqualTo(count("SELECT count(*) FROM conflict"));
        assertThat(count("SELECT count(DISTINCT seq) FROM (" + FEED + ") f"))
                .as("distinct feed seqs").isEqualTo(count("SELECT count(*) FROM (" + FEED + ") f"));
        assertThat(count("SELECT count(*) FROM (" + FEED + ") f WHERE seq > (SELECT value FROM sync_counter"
                + " WHERE name = 'feed')")).as("feed seqs beyond the counter").isZero();
    }

    private Map<String, String> map(String sql, String owner) throws SQLException {
        return database.read(connection -> {
            Map<String, String> all = new TreeMap<>();
            try (var select = connection.prepareStatement(sql)) {
                select.setString(1, owner);
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        all.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
            return all;
        });
    }
}
