package com.promisedesk.store;

import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import com.promisedesk.store.SyncRecords.History;
import com.promisedesk.store.SyncRecords.SyncedMark;
import com.promisedesk.store.SyncRecords.SyncedMilestone;
import com.promisedesk.store.SyncRecords.SyncedRevision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the history a pulled page carries (decision 0025) on the page's transaction: revisions
 * are only ever added (one this device holds under the same number with other bytes stays, and
 * the rep is told), a milestone takes the pulled state when it is later by device time, and a
 * delivery mark is added once under its change id. Nothing here goes into the outbox: it has
 * been pushed by the device that made it.
 */
final class SyncHistory {

    private static final Logger LOG = LoggerFactory.getLogger(SyncHistory.class);

    private SyncHistory() {
    }

    /** @return what the rep should know (a revision number held here with other content) */
    static List<String> applyIn(Connection connection, History history) throws SQLException {
        List<String> notices = new ArrayList<>();
        for (SyncedRevision revision : history.revisions()) {
            revision(connection, revision, notices);
        }
        for (SyncedMilestone milestone : history.milestones()) {
            if (promiseIsHere(connection, milestone.promiseId().toString())) {
                milestone(connection, milestone);
            } else {
                LOG.warn("Pulled milestone {} of promise {}, which is not on this device; not kept", milestone.id(),
                        milestone.promiseId());
            }
        }
        for (SyncedMark mark : history.marks()) {
            if (!promiseIsHere(connection, mark.promiseId().toString())) {
                LOG.warn("Pulled delivery {} of promise {}, which is not on this device; not kept", mark.changeId(),
                        mark.promiseId());
            } else if (!exists(connection, "SELECT 1 FROM delivery_mark WHERE change_id = ?", mark.changeId().toString())) {
                DeliveryRepository.insert(connection, mark.changeId(), mark.promiseId(), mark.mark());
            }
        }
        for (com.promisedesk.store.NoticeRow notice : history.notices()) {
            if (promiseIsHere(connection, notice.promiseId().toString())) {
                NoticeRepository.keepPulled(connection, notice);
            } else {
                LOG.warn("Pulled notice {} of promise {}, which is not on this device; not kept", notice.id(),
                        notice.promiseId());
            }
        }
        return notices;
    }

    private static void revision(Connection connection, SyncedRevision r, List<String> notices) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT content FROM revision WHERE promise_id = ? AND number = ?")) {
            ResultSet rows = Statements.bind(select, r.promiseId().toString(), r.number()).executeQuery();
            if (rows.next()) {
                if (!Arrays.equals(rows.getBytes(1), r.content())) {
                    // Issued on two devices offline: an issued revision is never overwritten.
                    notices.add("Revision " + r.number() + " of promise " + r.promiseId() + " was also issued on another"
                            + " device with other content; this device keeps its own and the central store keeps both."
                            + " Check which one the customer has.");
                }
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO revision (promise_id, number, issued_at, format, sha256, content) VALUES (?, ?, ?, ?, ?, ?)")) {
            Statements.bind(insert, r.promiseId().toString(), r.number(), SqlValues.text(r.issuedAt()), r.format(),
                    r.fingerprint(), r.content()).executeUpdate();
        }
    }

    /** The pulled state wins when it is later by device time; a position taken here by another milestone moves it last. */
    private static void milestone(Connection connection, SyncedMilestone m) throws SQLException {
        String id = m.id().toString();
        try (PreparedStatement select = connection.prepareStatement("SELECT updated_at FROM milestone WHERE id = ?")) {
            ResultSet rows = Statements.bind(select, id).executeQuery();
            if (rows.next()) {
                if (!m.updatedAt().isAfter(Instant.parse(rows.getString(1)))) {
                    return;
                }
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE milestone SET text = ?, due_date = ?, done = ?, updated_at = ? WHERE id = ?")) {
                    Statements.bind(update, m.milestone().text(), SqlValues.text(m.milestone().due()),
                            m.milestone().done() ? 1 : 0, SqlValues.text(m.updatedAt()), id).executeUpdate();
                }
                return;
            }
        }
        int position = m.position();
        if (exists(connection, "SELECT 1 FROM milestone WHERE promise_id = ? AND position = ?", m.promiseId().toString(),
                position)) {
            try (PreparedStatement last = connection.prepareStatement(
                    "SELECT max(position) FROM milestone WHERE promise_id = ?")) {
                ResultSet rows = Statements.bind(last, m.promiseId().toString()).executeQuery();
                rows.next();
                position = rows.getInt(1) + 1;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO milestone (id, promise_id, position, text, due_date, done, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Statements.bind(insert, id, m.promiseId().toString(), position, m.milestone().text(),
                    SqlValues.text(m.milestone().due()), m.milestone().done() ? 1 : 0, SqlValues.text(m.updatedAt()))
                    .executeUpdate();
        }
    }

    private static boolean promiseIsHere(Connection connection, String promiseId) throws SQLException {
        return exists(connection, "SELECT 1 FROM promise WHERE id = ?", promiseId);
    }

    private static boolean exists(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            return Statements.bind(select, values).executeQuery().next();
        }
    }
}
