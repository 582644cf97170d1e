package com.promisedesk.store;

import com.promisedesk.domain.Promise;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import com.promisedesk.store.SyncRecords.PendingPush;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads what goes into each push of a batch, with statements prepared once for the batch. */
final class PendingPushReader implements AutoCloseable {

    private final PreparedStatement changes;
    private final PreparedStatement resolutions;
    private final PreparedStatement serverVersion;
    private final LocalPromiseReader promises;

    PendingPushReader(Connection connection) throws SQLException {
        changes = connection.prepareStatement(
                "SELECT change_id FROM outbox WHERE entity = ? AND entity_id = ? AND seq <= ? ORDER BY seq");
        resolutions = connection.prepareStatement(
                "SELECT conflict_id FROM pending_resolution WHERE promise_id = ? ORDER BY conflict_id");
        serverVersion = connection.prepareStatement(ServerVersions.SELECT);
        promises = new LocalPromiseReader(connection);
    }

    PendingPush pending(String promiseId, long upTo) throws SQLException {
        List<UUID> changeIds = new ArrayList<>();
        try (ResultSet rows = Statements.bind(changes, Outbox.PROMISE, promiseId, upTo).executeQuery()) {
            while (rows.next()) {
                changeIds.add(SqlValues.uuid(rows.getString(1)));
            }
        }
        UUID id = SqlValues.uuid(promiseId);
        Promise promise = promises.read(id).orElseThrow(() -> new StoreException(
                "could not read promise " + promiseId + " to push it: it is no longer in the local store"));
        List<UUID> resolves = new ArrayList<>();
        try (ResultSet rows = Statements.bind(resolutions, promiseId).executeQuery()) {
            while (rows.next()) {
                resolves.add(SqlValues.uuid(rows.getString(1)));
            }
        }
        long version;
        try (ResultSet rows = Statements.bind(serverVersion, promiseId).executeQuery()) {
            version = rows.next() ? rows.getLong(1) : 0;
        }
        UUID newest = changeIds.get(changeIds.size() - 1);
        return new PendingPush(newest, changeIds.subList(0, changeIds.size() - 1), id, version, promise, resolves,
                upTo);
    }

    @Override
    public void close() throws SQLException {
        try (changes; resolutions; serverVersion; promises) {
            // closes them all, the first failure thrown with the others suppressed
        }
    }
}
