package com.promisedesk.store;

import com.promisedesk.domain.Promise;
import com.promisedesk.jdbc.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the promises of one pulled page, up to 2,000 of them, through one
 * {@link LocalPromiseWriter} (statements prepared once, rows sent as batches), and records the
 * server version of each. The rows are the same as a local save writes;
 * {@code SyncStoreTest} reads them back equal.
 */
final class PulledPromiseWriter implements AutoCloseable {

    /**
     * What the local store knows of a promise before the page is applied; {@code key} is
     * the promise's integer key, under which its parts are stored (0 when new here).
     */
    record Local(long key, long localVersion, long serverVersion, boolean pending) {
    }

    /** A promise the local store has never held. */
    static final Local NEW = new Local(0, 0, 0, false);

    private final Connection connection;
    private final LocalPromiseWriter rows;
    private final PreparedStatement serverVersion;

    PulledPromiseWriter(Connection connection) throws SQLException {
        this.connection = connection;
        this.rows = new LocalPromiseWriter(connection);
        this.serverVersion = connection.prepareStatement("INSERT INTO promise_sync (promise_key, server_version,"
                + " synced_at) VALUES (?, ?, ?) ON CONFLICT (promise_key) DO UPDATE"
                + " SET server_version = excluded.server_version, synced_at = excluded.synced_at");
    }

    /**
     * What the local store knows of each of {@code ids}, asked for a whole page at once
     * (the ids bound as one JSON array) rather than one query per promise; an id it does
     * not hold is absent from the map.
     */
    Map<String, Local> locals(List<String> ids) throws SQLException {
        Map<String, Local> found = new HashMap<>();
        String page = jsonArray(ids);
        try (PreparedStatement select = connection.prepareStatement("SELECT p.id, p.key, p.version,"
                + " s.server_version FROM promise p LEFT JOIN promise_sync s ON s.promise_key = p.key"
                + " WHERE p.id IN (SELECT value FROM json_each(?))")) {
            ResultSet rows = Statements.bind(select, page).executeQuery();
            while (rows.next()) {
                found.put(rows.getString(1), new Local(rows.getLong(2), rows.getLong(3), rows.getLong(4), false));
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT entity_id FROM outbox"
                + " WHERE entity = ? AND entity_id IN (SELECT value FROM json_each(?))")) {
            ResultSet rows = Statements.bind(select, Outbox.PROMISE, page).executeQuery();
            while (rows.next()) {
                Local known = found.getOrDefault(rows.getString(1), NEW);
                found.put(rows.getString(1), new Local(known.key(), known.localVersion(), known.serverVersion(), true));
            }
        }
        return found;
    }

    /** Ids as a JSON array of strings (a UUID needs no escaping). */
    private static String jsonArray(List<String> ids) {
        StringBuilder out = new StringBuilder(ids.size() * 39 + 2).append('[');
        for (String id : ids) {
            out.append(out.length() == 1 ? "\"" : ",\"").append(id).append('"');
        }
        return out.append(']').toString();
    }

    /**
     * Replaces the promise's rows (only inserts when it is new here) and records its server version.
     *
     * @return what the local store knows of the promise now
     */
    Local write(Promise promise, Local before, long version, String now) throws SQLException {
        long key = rows.write(promise, before.key(), before.localVersion() + 1, now);
        Statements.bind(serverVersion, key, version, now).addBatch();
        return new Local(key, before.localVersion() + 1, version, false);
    }

    /** Writes what is batched, the promises before their server versions, and closes the statements. */
    @Override
    public void close() throws SQLException {
        try (serverVersion; rows) {
            rows.flush();
            serverVersion.executeBatch();
        }
    }
}
