package com.promisedesk.store;

import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Issued revisions waiting to be pushed: their outbox entries ("revision", "promise-id/number")
 * with the exact bytes, and the server's answer recorded by deleting the entries.
 */
public final class RevisionUploads {

    /**
     * One revision to push.
     *
     * @param changeId    its outbox entry's id, the same on every retry
     * @param fingerprint the summary's SHA-256 as printed on it (not the SHA-256 of {@code content})
     */
    public record PendingRevision(UUID changeId, UUID promiseId, int number, Instant issuedAt, String format,
                                  String fingerprint, byte[] content) {
    }

    private final Transactions transactions;

    RevisionUploads(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * The longest waiting revisions, oldest first: at most {@code maxCount}, and no more
     * content than {@code maxBytes} together, except that the first is always included
     * (however large), so every revision can go in a batch of its own.
     */
    public List<PendingRevision> pending(int maxCount, long maxBytes) {
        if (maxCount < 1) {
            throw new IllegalArgumentException("maxCount must be at least 1, was " + maxCount);
        }
        return transactions.read("read the revisions waiting to be synced", connection -> {
            List<String[]> chosen = new ArrayList<>();
            long bytes = 0;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT o.change_id, o.entity_id, length(r.content) FROM outbox o LEFT JOIN revision r"
                            + " ON r.promise_id || '/' || r.number = o.entity_id WHERE o.entity = ?"
                            // A refused promise's revisions would be refused with it, and the whole batch with them.
                            + " AND substr(o.entity_id, 1, 36) NOT IN (" + RefusedPromises.IDS + ") ORDER BY o.seq LIMIT ?")) {
                ResultSet rows = Statements.bind(select, Outbox.REVISION, maxCount).executeQuery();
                while (rows.next()) {
                    long size = rows.getLong(3);
                    if (!chosen.isEmpty() && bytes + size > maxBytes) {
                        break;
                    }
                    bytes += size;
                    chosen.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            List<PendingRevision> pending = new ArrayList<>();
            for (String[] entry : chosen) {
                pending.add(read(connection, SqlValues.uuid(entry[0]), entry[1]));
            }
            return pending;
        });
    }

    private static PendingRevision read(Connection connection, UUID changeId, String entityId) throws SQLException {
        int slash = entityId.lastIndexOf('/');
        String promiseId = entityId.substring(0, Math.max(slash, 0));
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT number, issued_at, format, sha256, content FROM revision WHERE promise_id = ? AND number = ?")) {
            ResultSet rows = Statements.bind(select, promiseId, Integer.parseInt(entityId.substring(slash + 1)))
                    .executeQuery();
            if (!rows.next()) {
                throw new StoreException("could not read revision " + entityId + " to push it: it is not in the local store");
            }
            return new PendingRevision(changeId, SqlValues.uuid(promiseId), rows.getInt(1),
                    SqlValues.instant(rows.getString(2)), rows.getString(3), rows.getString(4), rows.getBytes(5));
        } catch (IllegalArgumentException e) {
            throw new StoreException("could not push outbox entry " + changeId + ": \"" + entityId
                    + "\" does not name a revision (promise-id/number)", e);
        }
    }

    /** The server has answered for {@code changeIds}: their outbox entries go, in one transaction. */
    public void acknowledge(List<UUID> changeIds) {
        transactions.write("record the answers for " + changeIds.size() + " revisions", connection -> {
            Outbox.delete(connection, Outbox.REVISION, changeIds);
            return null;
        });
    }
}
