package com.promisedesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.sync.wire.Booking;
import com.promisedesk.sync.wire.NoticeUpload;
import com.promisedesk.sync.wire.PullResponse;
import com.promisedesk.sync.wire.PulledCatalog;
import com.promisedesk.sync.wire.PulledConflict;
import com.promisedesk.sync.wire.PulledDelivery;
import com.promisedesk.sync.wire.PulledMilestone;
import com.promisedesk.sync.wire.PulledPromise;
import com.promisedesk.sync.wire.PulledRevision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /v1/pull}: what changed for this user after a cursor, in seq order and in
 * pages. A promise or conflict appears at its latest seq only (like CouchDB's changes
 * feed), so a page never holds a stale copy of something a later page updates. The
 * rep's exception requests are in the feed too: at receipt and at each decision.
 */
final class PullService {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 2_000;

    private static final String FEED = " SELECT seq, 0 AS bytes FROM promise WHERE owner = ? AND seq > ?"
            + " UNION ALL SELECT seq, 0 FROM conflict WHERE owner = ? AND seq > ?"
            + " UNION ALL SELECT seq, 0 FROM exception_request WHERE owner = ? AND seq > ?"
            + " UNION ALL SELECT seq, 0 FROM catalog_version WHERE seq > ?";

    private final ServerDatabase database;
    private final ObjectMapper json;

    PullService(ServerDatabase database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    PullResponse pull(Principal principal, long since, int limit) throws SQLException {
        return pull(principal, since, limit, false);
    }

    /** @param history whether the device takes revisions, milestones and delivery marks too (decision 0025) */
    PullResponse pull(Principal principal, long since, int limit, boolean history) throws SQLException {
        // Auto-commit reads are fine: each row is stamped before its transaction commits, under the counter lock.
        return database.read(connection -> {
            // Approvers and catalog owners own no promises; their feed is the catalog only.
            String owner = principal.isRep() ? principal.user() : "";
            List<long[]> seqs = feed(connection, owner, since, limit + 1, history);
            if (seqs.isEmpty()) {
                return new PullResponse(List.of(), List.of(), List.of(), bookings(connection, principal), since, false);
            }
            int taken = taken(seqs, limit);
            boolean more = seqs.size() > taken;
            long upTo = seqs.get(taken - 1)[0];
            boolean rep = history && principal.isRep();
            List<PulledRevision> revisions = rep ? PullHistory.revisions(connection, owner, since, upTo) : List.of();
            List<PulledMilestone> milestones = rep ? PullHistory.milestones(connection, owner, since, upTo) : List.of();
            List<PulledDelivery> deliveries = rep ? PullHistory.deliveries(connection, owner, since, upTo) : List.of();
            List<NoticeUpload> notices = rep ? PullHistory.notices(connection, owner, since, upTo) : List.of();
            List<PulledPromise> promises = promises(connection, owner, since, upTo);
            promises.addAll(ahead(connection, owner, upTo, milestones, deliveries, notices));
            return new PullResponse(promises, conflicts(connection, owner, since, upTo),
                    catalogs(connection, since, upTo), more ? null : bookings(connection, principal), upTo, more,
                    new ExceptionRequestSql(connection, json).states("WHERE r.owner = ? AND r.seq > ? AND r.seq <= ?"
                            + " ORDER BY r.seq", owner, since, upTo), revisions, milestones, deliveries, notices);
        });
    }

    /** How many of the feed's first records go in this page: at most {@code limit}, and revisions' bytes bounded. */
    private static int taken(List<long[]> seqs, int limit) {
        int taken = 0;
        long bytes = 0;
        while (taken < Math.min(limit, seqs.size())) {
            bytes += seqs.get(taken)[1];
            if (taken > 0 && bytes > PullHistory.MAX_PAGE_BYTES) {
                break;
            }
            taken++;
        }
        return taken;
    }

    /** The feed's next seqs, each with the revision content it carries (0 for the rest). */
    private static List<long[]> feed(Connection connection, String owner, long since, int limit, boolean history)
            throws SQLException {
        String sql = "SELECT seq, bytes FROM (" + FEED + (history ? PullHistory.FEED : "") + ") feed ORDER BY seq LIMIT ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 0;
            // Each part binds its owner and cursor; the catalog's (after the third) only the cursor.
            for (int part = 0; part < (history ? 7 : 3); part++) {
                select.setString(++i, owner);
                select.setLong(++i, since);
                if (part == 2) {
                    select.setLong(++i, since);
                }
            }
            select.setInt(++i, limit);
            List<long[]> seqs = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    seqs.add(new long[] {rows.getLong(1), rows.getLong(2)});
                }
            }
            return seqs;
        }
    }

    /**
     * The promises the page's milestones and marks are about whose latest seq lies beyond the page
     * (edited again after them): sent in this page too, so the device holds the promise before its
     * history. The same version comes again at its own seq, and a device applies it once.
     */
    private List<PulledPromise> ahead(Connection connection, String owner, long upTo, List<PulledMilestone> milestones,
                                      List<PulledDelivery> deliveries, List<NoticeUpload> notices) throws SQLException {
        java.util.Set<UUID> ids = new java.util.TreeSet<>();
        milestones.forEach(m -> ids.add(m.promiseId()));
        deliveries.forEach(d -> ids.add(d.promiseId()));
        notices.forEach(n -> ids.add(n.promiseId()));
        List<PulledPromise> found = new ArrayList<>();
        for (UUID id : ids) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT seq, id, version, doc FROM promise WHERE owner = ? AND id = ? AND seq > ?")) {
                select.setString(1, owner);
                select.setString(2, id.toString());
                select.setLong(3, upTo);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(new PulledPromise(rows.getLong(1), UUID.fromString(rows.getString(2)), rows.getLong(3),
                                tree(rows.getString(4))));
                    }
                }
            }
        }
        return found;
    }

    private List<PulledPromise> promises(Connection connection, String owner, long since, long upTo) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seq, id, version, doc FROM promise WHERE owner = ? AND seq > ? AND seq <= ? ORDER BY seq")) {
            select.setString(1, owner);
            select.setLong(2, since);
            select.setLong(3, upTo);
            List<PulledPromise> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new PulledPromise(rows.getLong(1), UUID.fromString(rows.getString(2)), rows.getLong(3),
                            tree(rows.getString(4))));
                }
            }
            return found;
        }
    }

    private List<PulledConflict> conflicts(Connection connection, String owner, long since, long upTo)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT c.seq, c.id, c.promise_id, c.status, c.base_version, b.doc, c.theirs_version, t.doc,"
                        + " c.yours_doc, c.created_at FROM conflict c"
                        + " LEFT JOIN promise_version b ON b.promise_id = c.promise_id AND b.version = c.base_version"
                        + " LEFT JOIN promise_version t ON t.promise_id = c.promise_id AND t.version = c.theirs_version"
                        + " WHERE c.owner = ? AND c.seq > ? AND c.seq <= ? ORDER BY c.seq")) {
            select.setString(1, owner);
            select.setLong(2, since);
            select.setLong(3, upTo);
            List<PulledConflict> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new PulledConflict(rows.getLong(1), UUID.fromString(rows.getString(2)),
                            UUID.fromString(rows.getString(3)), rows.getString(4), rows.getLong(5),
                            rows.getString(6) == null ? null : tree(rows.getString(6)), rows.getLong(7),
                            tree(rows.getString(8)), tree(rows.getString(9)), SqlValues.instant(rows.getString(10))));
                }
            }
            return found;
        }
    }

    private static List<PulledCatalog> catalogs(Connection connection, long since, long upTo) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seq, version, file_name, source_text, published_at FROM catalog_version"
                        + " WHERE seq > ? AND seq <= ? ORDER BY seq")) {
            select.setLong(1, since);
            select.setLong(2, upTo);
            List<PulledCatalog> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new PulledCatalog(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), SqlValues.instant(rows.getString(5))));
                }
            }
            return found;
        }
    }

    /** What the rest of the team has booked per capability and ISO week: sums only, never whose or for whom. */
    private static List<Booking> bookings(Connection connection, Principal principal) throws SQLException {
        if (!principal.isRep()) {
            return List.of();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT capability, iso_year, iso_week, SUM(quantity) FROM booking WHERE owner <> ?"
                        + " GROUP BY capability, iso_year, iso_week ORDER BY capability, iso_year, iso_week")) {
            select.setString(1, principal.user());
            List<Booking> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new Booking(rows.getString(1), rows.getInt(2), rows.getInt(3),
                            // Thousands of lines at the largest quantity outgrow an int: capped, never wrapped.
                            (int) Math.min(Integer.MAX_VALUE, rows.getLong(4))));
                }
            }
            return found;
        }
    }

    private JsonNode tree(String doc) {
        return StoredJson.raw(json.getNodeFactory(), doc);
    }
}
