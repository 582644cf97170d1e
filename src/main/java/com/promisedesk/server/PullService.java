package com.promisedesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.sync.wire.Booking;
import com.promisedesk.sync.wire.PullResponse;
import com.promisedesk.sync.wire.PulledCatalog;
import com.promisedesk.sync.wire.PulledConflict;
import com.promisedesk.sync.wire.PulledPromise;
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

    private static final String FEED = "SELECT seq FROM ("
            + " SELECT seq FROM promise WHERE owner = ? AND seq > ?"
            + " UNION ALL SELECT seq FROM conflict WHERE owner = ? AND seq > ?"
            + " UNION ALL SELECT seq FROM exception_request WHERE owner = ? AND seq > ?"
            + " UNION ALL SELECT seq FROM catalog_version WHERE seq > ?) feed ORDER BY seq LIMIT ?";

    private final ServerDatabase database;
    private final ObjectMapper json;

    PullService(ServerDatabase database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    PullResponse pull(Principal principal, long since, int limit) throws SQLException {
        // Auto-commit reads are fine: each row is stamped before its transaction commits, under the counter lock.
        return database.read(connection -> {
            // Approvers and catalog owners own no promises; their feed is the catalog only.
            String owner = principal.isRep() ? principal.user() : "";
            List<Long> seqs = feed(connection, owner, since, limit + 1);
            boolean more = seqs.size() > limit;
            if (seqs.isEmpty()) {
                return new PullResponse(List.of(), List.of(), List.of(), bookings(connection, principal), since, false);
            }
            long upTo = seqs.get(Math.min(limit, seqs.size()) - 1);
            return new PullResponse(promises(connection, owner, since, upTo), conflicts(connection, owner, since, upTo),
                    catalogs(connection, since, upTo), more ? null : bookings(connection, principal), upTo, more,
                    new ExceptionRequestSql(connection, json).states("WHERE r.owner = ? AND r.seq > ? AND r.seq <= ?"
                            + " ORDER BY r.seq", owner, since, upTo));
        });
    }

    private static List<Long> feed(Connection connection, String owner, long since, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(FEED)) {
            select.setString(1, owner);
            select.setLong(2, since);
            select.setString(3, owner);
            select.setLong(4, since);
            select.setString(5, owner);
            select.setLong(6, since);
            select.setLong(7, since);
            select.setInt(8, limit);
            List<Long> seqs = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    seqs.add(rows.getLong(1));
                }
            }
            return seqs;
        }
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
