package com.promisedesk.store;

import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Local changes not yet pushed. Repositories append to it inside their own transaction,
 * so a change and its outbox entry are committed together or not at all.
 */
public final class Outbox {

    static final String PROMISE = "promise";
    static final String REVISION = RevisionRepository.OUTBOX_ENTITY;
    static final String MILESTONE = "milestone";
    static final String EXCEPTION_REQUEST = "exception_request";
    static final String DELIVERY = "delivery";
    static final String NOTICE = NoticeRepository.OUTBOX_ENTITY;

    private final Transactions transactions;
    private final Clock clock;

    Outbox(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Records a change on {@code connection}, which must be inside the caller's transaction; returns its change id. */
    UUID append(Connection connection, String entity, String entityId, long entityVersion) throws SQLException {
        UUID changeId = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox (change_id, entity, entity_id, entity_version, created_at) VALUES (?, ?, ?, ?, ?)")) {
            Statements.bind(insert, changeId.toString(), entity, entityId, entityVersion,
                    SqlValues.text(clock.instant())).executeUpdate();
        }
        return changeId;
    }

    public int pendingCount() {
        return transactions.read("count the changes waiting to be synced", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM outbox");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /**
     * How many changes a sync will send: each promise once, however many edits it had (its
     * latest state goes), and every other entry (revision, milestone update) one by one.
     * What the status bar calls "changes to sync".
     */
    public int pendingItems() {
        return transactions.read("count the items waiting to be synced", Outbox::pendingItemsIn);
    }

    static int pendingItemsIn(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT (SELECT count(DISTINCT entity_id) FROM outbox WHERE entity = ? AND entity_id NOT IN ("
                        + RefusedPromises.IDS + "))"
                        + " + (SELECT count(*) FROM outbox WHERE entity <> ?)")) {
            ResultSet rows = Statements.bind(select, PROMISE, PROMISE).executeQuery();
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Deletes the answered entries {@code changeIds} of {@code entity}, on the caller's transaction. */
    static void delete(Connection connection, String entity, List<UUID> changeIds) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM outbox WHERE entity = ? AND change_id = ?")) {
            for (UUID changeId : changeIds) {
                Statements.bind(delete, entity, changeId.toString()).addBatch();
            }
            delete.executeBatch();
        }
    }

    /** Up to {@code limit} waiting changes, oldest first. */
    public List<OutboxEntry> pending(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return transactions.read("read the changes waiting to be synced", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT change_id, entity, entity_id, entity_version, created_at FROM outbox ORDER BY seq LIMIT ?")) {
                ResultSet rows = Statements.bind(select, limit).executeQuery();
                List<OutboxEntry> entries = new ArrayList<>();
                while (rows.next()) {
                    entries.add(new OutboxEntry(SqlValues.uuid(rows.getString(1)), rows.getString(2),
                            rows.getString(3), rows.getLong(4), SqlValues.instant(rows.getString(5))));
                }
                return entries;
            }
        });
    }
}
