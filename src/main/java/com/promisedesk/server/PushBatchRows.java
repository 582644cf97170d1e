package com.promisedesk.server;

import com.promisedesk.check.PromiseChecker;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import com.promisedesk.sync.wire.ChangeResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The SQL of a push, on the connection of its transaction, for one batch of changes.
 * Portable between SQLite and PostgreSQL. Each statement is prepared once per batch.
 * The batch's change ids are claimed and its promises' current versions read in one
 * round trip each; what decides a change (the insert or update) runs at once; what only follows from it (the version kept, the team's bookings, the answer
 * recorded) is batched and written by {@link #flush()}, one round trip per kind, before
 * the transaction commits. A batch holds each change id and promise once (PushService
 * checks), so nothing in it reads what is still batched.
 */
final class PushBatchRows implements AutoCloseable {

    private static final String KEEP_VERSION =
            "INSERT INTO promise_version (promise_id, version, doc, change_id, created_at) VALUES (?, ?, ?, ?, ?)";
    private static final String DELETE_BOOKINGS = "DELETE FROM booking WHERE promise_id = ?";
    private static final String INSERT_BOOKING = "INSERT INTO booking (promise_id, position, owner, capability,"
            + " iso_year, iso_week, quantity) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String RECORD_ANSWER =
            "UPDATE applied_change SET outcome = ?, version = ?, conflict_id = ? WHERE change_id = ?";
    /** The batched statements, in the order {@link #flush()} runs them. */
    private static final List<String> BATCHED = List.of(KEEP_VERSION, DELETE_BOOKINGS, INSERT_BOOKING, RECORD_ANSWER);

    /** The server's current version of a promise. */
    record Current(String owner, long version, String changeId) {
    }

    private final Connection connection;
    private final String now;
    private final Statements statements;
    private final PromiseChecker checker;

    /**
     * @param checker of the latest published catalog, which dates a line without a date at its
     *                standard date for the team's bookings; {@code null} books dated lines only
     */
    PushBatchRows(Connection connection, Instant now, PromiseChecker checker) {
        this.connection = connection;
        this.now = SqlValues.text(now);
        this.statements = new Statements(connection);
        this.checker = checker;
    }

    /** Writes what is batched: versions kept, bookings, answers. */
    void flush() throws SQLException {
        for (String sql : BATCHED) {
            PreparedStatement statement = statements.ifPrepared(sql);
            if (statement != null) {
                statement.executeBatch();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        statements.close();
    }

    /**
     * Takes the change ids of this push, in the order given, in one batch; answers those
     * taken here. The others were taken before (a retry). Blocks on a concurrent claim.
     * A change id of this user still 'pending' was never answered (a store written outside
     * transactions by an earlier version, after the database was busy) and is taken again,
     * so its retry is applied rather than told "pending" for ever.
     */
    Set<UUID> claim(List<PushService.Checked> changes, String user) throws SQLException {
        PreparedStatement insert = statements.get("INSERT INTO applied_change (change_id, owner, promise_id, outcome,"
                + " version, applied_at) VALUES (?, ?, ?, 'pending', 0, ?) ON CONFLICT (change_id) DO UPDATE"
                + " SET applied_at = excluded.applied_at"
                + " WHERE applied_change.outcome = 'pending' AND applied_change.owner = excluded.owner");
        for (PushService.Checked change : changes) {
            Statements.bind(insert, change.changeId().toString(), user, change.promiseId().toString(), now);
            insert.addBatch();
        }
        int[] inserted = insert.executeBatch();
        Set<UUID> claimed = new HashSet<>();
        for (int i = 0; i < inserted.length; i++) {
            if (inserted[i] == 1) {
                claimed.add(changes.get(i).changeId());
            }
        }
        return claimed;
    }

    /** What the first push of this change id was told; a duplicate when it was applied. */
    ChangeResult firstAnswer(UUID changeId, String user) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT owner, outcome, version, conflict_id FROM applied_change WHERE change_id = ?")) {
            Statements.bind(select, changeId.toString());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                if (!rows.getString(1).equals(user)) {
                    throw ApiError.forbidden("change " + changeId + " was pushed by another user");
                }
                String outcome = rows.getString(2);
                String conflict = rows.getString(4);
                return new ChangeResult(changeId, ChangeResult.APPLIED.equals(outcome) ? ChangeResult.DUPLICATE : outcome,
                        rows.getLong(3), conflict == null ? null : UUID.fromString(conflict));
            }
        }
    }

    /** Batched: written by {@link #flush()}. */
    void recordAnswer(ChangeResult result) throws SQLException {
        PreparedStatement update = statements.get(RECORD_ANSWER);
        Statements.bind(update, result.outcome(), result.version(),
                result.conflictId() == null ? null : result.conflictId().toString(), result.changeId().toString());
        update.addBatch();
    }

    Current current(UUID promiseId) throws SQLException {
        return current(List.of(promiseId)).get(promiseId);
    }

    /** The current version of each of {@code promiseIds} the server holds, in one query. */
    Map<UUID, Current> current(List<UUID> promiseIds) throws SQLException {
        Map<UUID, Current> found = new HashMap<>();
        if (promiseIds.isEmpty()) {
            return found;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT id, owner, version, change_id FROM promise"
                + " WHERE id IN (" + String.join(", ", Collections.nCopies(promiseIds.size(), "?")) + ")")) {
            Statements.bind(select, promiseIds.stream().map(UUID::toString).toArray());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(UUID.fromString(rows.getString(1)),
                            new Current(rows.getString(2), rows.getLong(3), rows.getString(4)));
                }
            }
        }
        return found;
    }

    /** Version 1 of a new promise; false when a concurrent push inserted it first. */
    boolean insert(PushService.Checked change, String user) throws SQLException {
        PreparedStatement insert = statements.get("INSERT INTO promise (id, owner, version, doc, change_id, seq,"
                + " updated_at, status) VALUES (?, ?, 1, ?, ?, 0, ?, ?) ON CONFLICT (id) DO NOTHING");
        Statements.bind(insert, change.promiseId().toString(), user, change.doc(), change.changeId().toString(), now,
                change.promise().status().name());
        if (insert.executeUpdate() == 0) {
            return false;
        }
        keepVersion(change, 1);
        replaceBookings(change, user);
        return true;
    }

    /** The next version over {@code current}'s; false when the promise moved on meanwhile. */
    boolean update(PushService.Checked change, Current current) throws SQLException {
        PreparedStatement update = statements.get("UPDATE promise SET version = version + 1, doc = ?, change_id = ?,"
                + " updated_at = ?, status = ? WHERE id = ? AND version = ?");
        Statements.bind(update, change.doc(), change.changeId().toString(), now, change.promise().status().name(),
                change.promiseId().toString(), current.version());
        if (update.executeUpdate() == 0) {
            return false;
        }
        keepVersion(change, current.version() + 1);
        replaceBookings(change, current.owner());
        return true;
    }

    /** Batched: written by {@link #flush()}. */
    private void keepVersion(PushService.Checked change, long version) throws SQLException {
        PreparedStatement insert = statements.get(KEEP_VERSION);
        Statements.bind(insert, change.promiseId().toString(), version, change.doc(), change.changeId().toString(), now);
        insert.addBatch();
    }

    /**
     * The catalog lines of a live promise count towards the team's weekly capacity in the
     * week they are promised in: their date, or for a line without one its standard date in
     * the latest catalog, as the rep's own check counts it (rule 6). Batched.
     */
    private void replaceBookings(PushService.Checked change, String owner) throws SQLException {
        String id = change.promiseId().toString();
        Statements.bind(statements.get(DELETE_BOOKINGS), id);
        statements.get(DELETE_BOOKINGS).addBatch();
        if (!change.promise().status().booksCapacity()) {
            return;
        }
        PreparedStatement insert = statements.get(INSERT_BOOKING);
        List<CommitmentLine> lines = change.promise().lines();
        List<LocalDate> promised = checker == null ? null : checker.promisedDates(change.promise());
        for (int i = 0; i < lines.size(); i++) {
            CommitmentLine line = lines.get(i);
            LocalDate date = line.date() != null || promised == null ? line.date() : promised.get(i);
            if (line.capability() == null || date == null) {
                continue;
            }
            Statements.bind(insert, id, i, owner, line.capability(), date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), line.quantity());
            insert.addBatch();
        }
    }

    UUID keepConflict(PushService.Checked change, String user, long theirsVersion) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO conflict (id, promise_id, owner, change_id, base_version, theirs_version, yours_doc, status,"
                        + " seq, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', 0, ?)")) {
            Statements.bind(insert, id.toString(), change.promiseId().toString(), user, change.changeId().toString(),
                    change.baseVersion(), theirsVersion, change.doc(), now);
            insert.executeUpdate();
        }
        return id;
    }

    /** Marks this user's open conflicts on the promise resolved by {@code changeId}; returns them for stamping. */
    List<FeedCounter.Row> resolve(List<UUID> conflictIds, String user, UUID promiseId, UUID changeId) throws SQLException {
        List<FeedCounter.Row> resolved = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE conflict SET status = 'resolved', resolved_by = ? WHERE id = ? AND owner = ? AND promise_id = ?"
                        + " AND status = 'open'")) {
            for (UUID conflictId : conflictIds) {
                Statements.bind(update, changeId.toString(), conflictId.toString(), user, promiseId.toString());
                if (update.executeUpdate() == 1) {
                    resolved.add(new FeedCounter.Row("conflict", "id", conflictId.toString()));
                }
            }
        }
        return resolved;
    }
}
