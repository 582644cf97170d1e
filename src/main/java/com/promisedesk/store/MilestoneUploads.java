package com.promisedesk.store;

import com.promisedesk.domain.Milestone;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Milestone updates waiting to be pushed, each as it was made; answered ones go with their outbox entries. */
public final class MilestoneUploads {

    /** One update to push; {@code changeId} is its outbox entry's id, the same on every retry. */
    public record PendingUpdate(UUID changeId, UUID milestoneId, UUID promiseId, int position, Milestone milestone,
                                Instant updatedAt) {
    }

    private final Transactions transactions;

    MilestoneUploads(Transactions transactions) {
        this.transactions = transactions;
    }

    /** How many milestone updates wait to be pushed. */
    public int pendingCount() {
        return transactions.read("count the milestone updates waiting to be synced", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM outbox WHERE entity = ?")) {
                ResultSet rows = Statements.bind(select, Outbox.MILESTONE).executeQuery();
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** Up to {@code limit} updates, in the order they were made. */
    public List<PendingUpdate> pending(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return transactions.read("read the milestone updates waiting to be synced", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT o.change_id, u.milestone_id, u.promise_id, u.position, u.text, u.due_date, u.done,"
                            + " u.updated_at FROM outbox o JOIN milestone_update u ON u.change_id = o.change_id"
                            // A refused promise's milestones would be refused with it, and the whole batch with them.
                            + " WHERE o.entity = ? AND u.promise_id NOT IN (" + RefusedPromises.IDS + ")"
                            + " ORDER BY o.seq LIMIT ?")) {
                ResultSet rows = Statements.bind(select, Outbox.MILESTONE, limit).executeQuery();
                List<PendingUpdate> pending = new ArrayList<>();
                while (rows.next()) {
                    pending.add(new PendingUpdate(SqlValues.uuid(rows.getString(1)), SqlValues.uuid(rows.getString(2)),
                            SqlValues.uuid(rows.getString(3)), rows.getInt(4), new Milestone(rows.getString(5),
                            SqlValues.date(rows.getString(6)), rows.getInt(7) == 1), SqlValues.instant(rows.getString(8))));
                }
                return pending;
            }
        });
    }

    /** The server has answered for {@code changeIds}: their outbox entries and kept updates go, in one transaction. */
    public void acknowledge(List<UUID> changeIds) {
        transactions.write("record the answers for " + changeIds.size() + " milestone updates", connection -> {
            Outbox.delete(connection, Outbox.MILESTONE, changeIds);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM milestone_update WHERE change_id = ?")) {
                for (UUID changeId : changeIds) {
                    Statements.bind(delete, changeId.toString()).addBatch();
                }
                delete.executeBatch();
            }
            return null;
        });
    }
}
