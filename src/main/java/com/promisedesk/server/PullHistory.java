package com.promisedesk.server;

import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import com.promisedesk.sync.wire.NoticeUpload;
import com.promisedesk.sync.wire.PulledDelivery;
import com.promisedesk.sync.wire.PulledMilestone;
import com.promisedesk.sync.wire.PulledRevision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The history part of a pulled page (decision 0025): a rep's issued revisions, the current state
 * of their milestones and their delivery marks, for the rep's other devices. Sent only to a
 * device that asks ({@code history=1}); a device from before it never sees these seqs.
 */
final class PullHistory {

    /** Revision content per page: a page of PDFs stays well inside what a device reads at once. */
    static final long MAX_PAGE_BYTES = 4L * 1024 * 1024;

    /** The feed's history rows with their content size, joined to the rest of the feed by {@link PullService}. */
    static final String FEED = " UNION ALL SELECT seq, byte_count FROM revision WHERE owner = ? AND seq > ?"
            + " UNION ALL SELECT seq, 0 FROM milestone WHERE owner = ? AND seq > ?"
            + " UNION ALL SELECT seq, 0 FROM delivery_mark WHERE owner = ? AND seq > ?"
            + " UNION ALL SELECT seq, 0 FROM notice WHERE owner = ? AND seq > ?";

    private PullHistory() {
    }

    static List<PulledRevision> revisions(Connection connection, String owner, long since, long upTo) throws SQLException {
        List<PulledRevision> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seq, promise_id, number, issued_at, format, fingerprint, sha256, content FROM revision"
                        + " WHERE owner = ? AND seq > ? AND seq <= ? ORDER BY seq")) {
            try (ResultSet rows = Statements.bind(select, owner, since, upTo).executeQuery()) {
                while (rows.next()) {
                    found.add(new PulledRevision(rows.getLong(1), UUID.fromString(rows.getString(2)), rows.getInt(3),
                            SqlValues.instant(rows.getString(4)), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getString(8)));
                }
            }
        }
        return found;
    }

    static List<PulledMilestone> milestones(Connection connection, String owner, long since, long upTo) throws SQLException {
        List<PulledMilestone> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seq, id, promise_id, position, text, due_date, done, updated_at FROM milestone"
                        + " WHERE owner = ? AND seq > ? AND seq <= ? ORDER BY seq")) {
            try (ResultSet rows = Statements.bind(select, owner, since, upTo).executeQuery()) {
                while (rows.next()) {
                    found.add(new PulledMilestone(rows.getLong(1), UUID.fromString(rows.getString(2)),
                            UUID.fromString(rows.getString(3)), rows.getInt(4), rows.getString(5),
                            LocalDate.parse(rows.getString(6)), rows.getInt(7) == 1, SqlValues.instant(rows.getString(8))));
                }
            }
        }
        return found;
    }

    static List<NoticeUpload> notices(Connection connection, String owner, long since, long upTo) throws SQLException {
        List<NoticeUpload> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seq, id, promise_id, kind, language, changed, plan, body, revision, sha256, drafted_at, issued_at,"
                        + " sent_at FROM notice WHERE owner = ? AND seq > ? AND seq <= ? ORDER BY seq")) {
            try (ResultSet rows = Statements.bind(select, owner, since, upTo).executeQuery()) {
                while (rows.next()) {
                    found.add(new NoticeUpload(rows.getLong(1), null, UUID.fromString(rows.getString(2)),
                            UUID.fromString(rows.getString(3)), rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getString(7), rows.getString(8), rows.getInt(9), rows.getString(10),
                            SqlValues.instant(rows.getString(11)), SqlValues.instant(rows.getString(12)),
                            rows.getString(13) == null ? null : SqlValues.instant(rows.getString(13))));
                }
            }
        }
        return found;
    }

    static List<PulledDelivery> deliveries(Connection connection, String owner, long since, long upTo) throws SQLException {
        List<PulledDelivery> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seq, change_id, promise_id, line, kind, on_date, reason, recorded_at FROM delivery_mark"
                        + " WHERE owner = ? AND seq > ? AND seq <= ? ORDER BY seq")) {
            try (ResultSet rows = Statements.bind(select, owner, since, upTo).executeQuery()) {
                while (rows.next()) {
                    int line = rows.getInt(4);
                    Integer lineOrNone = rows.wasNull() ? null : line;
                    found.add(new PulledDelivery(rows.getLong(1), UUID.fromString(rows.getString(2)),
                            UUID.fromString(rows.getString(3)), lineOrNone, rows.getString(5),
                            LocalDate.parse(rows.getString(6)), rows.getString(7), SqlValues.instant(rows.getString(8))));
                }
            }
        }
        return found;
    }
}
