package com.promisedesk.store;

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

    private final Transactions transactions;
    private final Clock clock;

    Outbox(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Records a change on {@code connection}, which must be inside the caller's transaction. */
    void append(Connection connection, String entity, String entityId, long entityVersion) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox (change_id, entity, entity_id, entity_version, created_at) VALUES (?, ?, ?, ?, ?)")) {
            SqlValues.bind(insert, UUID.randomUUID().toString(), entity, entityId, entityVersion,
                    SqlValues.text(clock.instant())).executeUpdate();
        }
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
     * How many things (promises, revisions) have changes waiting, however many edits each
     * had: what the status bar calls "changes to sync", since sync sends each one once.
     */
    public int pendingItems() {
        return transactions.read("count the items waiting to be synced", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT count(*) FROM (SELECT DISTINCT entity, entity_id FROM outbox)");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** Up to {@code limit} waiting changes, oldest first. */
    public List<OutboxEntry> pending(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return transactions.read("read the changes waiting to be synced", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT change_id, entity, entity_id, entity_version, created_at FROM outbox ORDER BY seq LIMIT ?")) {
                ResultSet rows = SqlValues.bind(select, limit).executeQuery();
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
