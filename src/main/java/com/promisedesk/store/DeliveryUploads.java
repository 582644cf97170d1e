package com.promisedesk.store;

import com.promisedesk.domain.DeliveryKind;
import com.promisedesk.domain.DeliveryMark;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Delivery marks waiting to be pushed (outbox entity "delivery"); an answered mark's entry goes, the mark stays. */
public final class DeliveryUploads {

    /** One mark to push; {@code changeId} is its outbox entry's id and the mark's identity everywhere. */
    public record PendingMark(UUID changeId, UUID promiseId, DeliveryMark mark) {
    }

    private final Transactions transactions;

    DeliveryUploads(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Up to {@code limit} marks, in the order they were recorded; not those of a promise the central store refused. */
    public List<PendingMark> pending(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return transactions.read("read the delivery marks waiting to be synced", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT o.change_id, d.promise_id, d.line, d.kind, d.on_date, d.reason, d.recorded_at"
                            + " FROM outbox o JOIN delivery_mark d ON d.change_id = o.change_id"
                            + " WHERE o.entity = ? AND d.promise_id NOT IN (" + RefusedPromises.IDS + ")"
                            + " ORDER BY o.seq LIMIT ?")) {
                ResultSet rows = Statements.bind(select, Outbox.DELIVERY, limit).executeQuery();
                List<PendingMark> pending = new ArrayList<>();
                while (rows.next()) {
                    int line = rows.getInt(3);
                    Integer lineOrNone = rows.wasNull() ? null : line;
                    pending.add(new PendingMark(SqlValues.uuid(rows.getString(1)), SqlValues.uuid(rows.getString(2)),
                            new DeliveryMark(lineOrNone, DeliveryKind.valueOf(rows.getString(4)),
                                    SqlValues.date(rows.getString(5)), rows.getString(6),
                                    SqlValues.instant(rows.getString(7)))));
                }
                return pending;
            }
        });
    }

    /** The central store has answered for {@code changeIds}: their outbox entries go, in one transaction. */
    public void acknowledge(List<UUID> changeIds) {
        transactions.write("record the answers for " + changeIds.size() + " delivery marks", connection -> {
            Outbox.delete(connection, Outbox.DELIVERY, changeIds);
            return null;
        });
    }
}
