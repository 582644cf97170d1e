package com.promisedesk.store;

import com.promisedesk.domain.Language;
import com.promisedesk.domain.NoticeKind;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Customer notices waiting to be pushed (outbox entity "notice": one entry when issued, one when
 * marked sent). Each entry sends the notice as it stands, so a retry or a later entry says the same.
 */
public final class NoticeUploads {

    /** One entry to push: its change id and the notice as it stands now. */
    public record PendingNotice(UUID changeId, NoticeRow notice) {
    }

    private final Transactions transactions;

    NoticeUploads(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Up to {@code limit} entries, oldest first; not those of a promise the central store refused. */
    public List<PendingNotice> pending(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return transactions.read("read the customer notices waiting to be synced", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT o.change_id, n.id, n.promise_id, n.kind, n.language, n.changed, n.plan, n.body, n.revision,"
                            + " n.sha256, n.drafted_at, n.issued_at, n.sent_at FROM outbox o JOIN notice n ON n.id = o.entity_id"
                            + " WHERE o.entity = ? AND n.issued_at IS NOT NULL AND n.promise_id NOT IN ("
                            + RefusedPromises.IDS + ") ORDER BY o.seq LIMIT ?")) {
                ResultSet rows = Statements.bind(select, NoticeRepository.OUTBOX_ENTITY, limit).executeQuery();
                List<PendingNotice> pending = new ArrayList<>();
                while (rows.next()) {
                    pending.add(new PendingNotice(SqlValues.uuid(rows.getString(1)), new NoticeRow(
                            SqlValues.uuid(rows.getString(2)), SqlValues.uuid(rows.getString(3)),
                            NoticeKind.valueOf(rows.getString(4)), Language.of(rows.getString(5)).orElse(Language.EN),
                            rows.getString(6), rows.getString(7), rows.getString(8), rows.getInt(9), rows.getString(10),
                            SqlValues.instant(rows.getString(11)), SqlValues.instant(rows.getString(12)),
                            rows.getString(13) == null ? null : SqlValues.instant(rows.getString(13)))));
                }
                return pending;
            }
        });
    }

    /** The central store has answered for {@code changeIds}: their outbox entries go, in one transaction. */
    public void acknowledge(List<UUID> changeIds) {
        transactions.write("record the answers for " + changeIds.size() + " customer notices", connection -> {
            Outbox.delete(connection, NoticeRepository.OUTBOX_ENTITY, changeIds);
            return null;
        });
    }
}
