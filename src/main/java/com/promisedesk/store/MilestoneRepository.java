package com.promisedesk.store;

import com.promisedesk.domain.Milestone;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseKeeping;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The milestones of promises, numbered 1, 2, … per promise. Every write keeps the update
 * as made (for the central store's history) and an outbox entry, in one transaction.
 */
public final class MilestoneRepository {

    private final Transactions transactions;
    private final Outbox outbox;
    private final Clock clock;
    private final PromiseRepository promises;

    MilestoneRepository(Transactions transactions, Outbox outbox, Clock clock, PromiseRepository promises) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
        this.promises = promises;
    }

    /**
     * Adds a milestone, not done, after the promise's last one, by {@link Milestone#next the rule}
     * the app and the command line share, checked in the same transaction as the write.
     *
     * @throws com.promisedesk.domain.InvalidValueException when the promise takes no milestones
     *         (not agreed) or the due date is before the last milestone's
     */
    public MilestoneRow add(UUID promiseId, String text, LocalDate due) {
        return transactions.write("add a milestone to promise " + promiseId, connection -> addIn(connection, promiseId, text, due));
    }

    /**
     * Adds {@code milestones} in order, as {@link #add} each, all or none (the proposal kept whole).
     *
     * @throws com.promisedesk.domain.InvalidValueException when one breaks the rule; nothing is added
     */
    public List<MilestoneRow> addAll(UUID promiseId, List<Milestone> milestones) {
        return transactions.write("add milestones to promise " + promiseId, connection -> {
            List<MilestoneRow> rows = new ArrayList<>();
            for (Milestone milestone : milestones) {
                rows.add(addIn(connection, promiseId, milestone.text(), milestone.due()));
            }
            return rows;
        });
    }

    private MilestoneRow addIn(Connection connection, UUID promiseId, String text, LocalDate due) throws SQLException {
        String id = promiseId.toString();
        PromiseStatus status = requirePromise(connection, id);
        List<MilestoneRow> earlier = list(connection, promiseId);
        Milestone milestone = Milestone.next(status, earlier.stream().map(MilestoneRow::milestone).toList(), text, due);
        int position = earlier.isEmpty() ? 1 : earlier.get(earlier.size() - 1).position() + 1;
        MilestoneRow row = new MilestoneRow(UUID.randomUUID(), promiseId, position, milestone,
                SqlValues.stored(clock.instant()));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO milestone (id, promise_id, position, text, due_date, done, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, 0, ?)")) {
            Statements.bind(insert, row.id().toString(), id, position, milestone.text(),
                    SqlValues.text(milestone.due()), SqlValues.text(row.updatedAt())).executeUpdate();
        }
        keepUpdate(connection, row);
        return row;
    }

    /**
     * Marks milestone {@code position} of the promise done or not done; unchanged when it already is.
     * The first milestone done moves an agreed promise into delivery (IN_DELIVERY, by
     * {@link PromiseKeeping}) in the same transaction; marking it not done again does not move it
     * back: delivery has started, and the history says so (decision 0024).
     */
    public MilestoneRow markDone(UUID promiseId, int position, boolean done) {
        String id = promiseId.toString();
        return transactions.write("mark milestone " + position + " of promise " + id, connection -> {
            Milestone.requireTracked(requirePromise(connection, id));
            MilestoneRow current = find(connection, promiseId, position);
            if (current.milestone().done() == done) {
                return current;
            }
            Milestone milestone = new Milestone(current.milestone().text(), current.milestone().due(), done);
            MilestoneRow row = new MilestoneRow(current.id(), promiseId, position, milestone,
                    SqlValues.stored(clock.instant()));
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE milestone SET done = ?, updated_at = ? WHERE id = ?")) {
                Statements.bind(update, done ? 1 : 0, SqlValues.text(row.updatedAt()), row.id().toString()).executeUpdate();
            }
            keepUpdate(connection, row);
            if (done) {
                startDelivery(connection, promiseId);
            }
            return row;
        });
    }

    /**
     * An agreed promise with a milestone done is in delivery. Only AGREED moves here: the lines'
     * promised days do not matter for that step (no line is judged late by a milestone), so every
     * day is left out; a later status is for the delivery marks to set.
     */
    private void startDelivery(Connection connection, UUID promiseId) throws SQLException {
        Promise promise;
        try (LocalPromiseReader reader = new LocalPromiseReader(connection)) {
            promise = reader.read(promiseId).orElseThrow();
        }
        if (promise.status() != PromiseStatus.AGREED) {
            return;
        }
        PromiseKeeping keeping = PromiseKeeping.of(promise, Collections.nCopies(promise.lines().size(), null),
                DeliveryRepository.marks(connection, promiseId), list(connection, promiseId).stream()
                        .map(MilestoneRow::milestone).toList());
        if (keeping.status() == PromiseStatus.IN_DELIVERY) {
            promises.saveIn(connection, keeping.promiseNow());
        }
    }

    /** The promise's milestones in order, as its written summary lists them. */
    public List<Milestone> milestonesOf(UUID promiseId) {
        return list(promiseId).stream().map(MilestoneRow::milestone).toList();
    }

    /** The promise's milestones in order. */
    public List<MilestoneRow> list(UUID promiseId) {
        return transactions.read("list the milestones of promise " + promiseId, connection -> list(connection, promiseId));
    }

    static List<MilestoneRow> list(Connection connection, UUID promiseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, position, text, due_date, done, updated_at FROM milestone WHERE promise_id = ?"
                        + " ORDER BY position")) {
            ResultSet rows = Statements.bind(select, promiseId.toString()).executeQuery();
            List<MilestoneRow> all = new ArrayList<>();
            while (rows.next()) {
                all.add(row(rows, promiseId));
            }
            return all;
        }
    }

    private static MilestoneRow find(Connection connection, UUID promiseId, int position) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, position, text, due_date, done, updated_at FROM milestone WHERE promise_id = ? AND position = ?")) {
            ResultSet rows = Statements.bind(select, promiseId.toString(), position).executeQuery();
            if (!rows.next()) {
                throw new StoreException("promise " + promiseId + " has no milestone " + position
                        + " (see promise milestone list)");
            }
            return row(rows, promiseId);
        }
    }

    private static MilestoneRow row(ResultSet rows, UUID promiseId) throws SQLException {
        return new MilestoneRow(SqlValues.uuid(rows.getString(1)), promiseId, rows.getInt(2),
                new Milestone(rows.getString(3), SqlValues.date(rows.getString(4)), rows.getInt(5) == 1),
                SqlValues.instant(rows.getString(6)));
    }

    /** The update as made, under its outbox entry's change id. */
    private void keepUpdate(Connection connection, MilestoneRow row) throws SQLException {
        UUID changeId = outbox.append(connection, Outbox.MILESTONE, row.id().toString(), row.position());
        Milestone m = row.milestone();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO milestone_update (change_id, milestone_id, promise_id, position, text, due_date, done,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            Statements.bind(insert, changeId.toString(), row.id().toString(), row.promiseId().toString(), row.position(),
                    m.text(), SqlValues.text(m.due()), m.done() ? 1 : 0, SqlValues.text(row.updatedAt())).executeUpdate();
        }
    }

    /** The promise's status; it must be in the local store. */
    private static PromiseStatus requirePromise(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT status FROM promise WHERE id = ?")) {
            ResultSet rows = Statements.bind(select, id).executeQuery();
            if (!rows.next()) {
                throw new StoreException("there is no promise " + id + " in the local store");
            }
            return PromiseStatus.valueOf(rows.getString(1));
        }
    }
}
