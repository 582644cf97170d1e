package com.promisedesk.store;

import com.promisedesk.domain.DeliveryKind;
import com.promisedesk.domain.DeliveryMark;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseKeeping;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The delivery marks of agreed promises (history, never edited) and the status they lead to.
 * Recording a mark writes the mark, its outbox entry and, when the status moves (IN_DELIVERY,
 * KEPT, BROKEN, WITHDRAWN), the promise in its new status, in one transaction.
 */
public final class DeliveryRepository {

    private final Transactions transactions;
    private final Outbox outbox;
    private final PromiseRepository promises;

    DeliveryRepository(Transactions transactions, Outbox outbox, PromiseRepository promises) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.promises = promises;
    }

    /**
     * Records {@code mark} on the promise, checked by {@link PromiseKeeping#requireMarkable} in the
     * same transaction as the write.
     *
     * @param promisedDates the day each line of a promise is promised at (the checker's)
     * @return how the promise is kept now, its status moved by the mark
     * @throws com.promisedesk.domain.InvalidValueException when the mark may not be recorded
     */
    public PromiseKeeping record(UUID promiseId, DeliveryMark mark, Function<Promise, List<LocalDate>> promisedDates,
                                 LocalDate today) {
        String id = promiseId.toString();
        return transactions.write("record a delivery of promise " + id, connection -> {
            Promise promise = read(connection, promiseId);
            PromiseKeeping.requireMarkable(promise, mark, today);
            UUID changeId = outbox.append(connection, Outbox.DELIVERY, id, 0);
            insert(connection, changeId, promiseId, mark);
            PromiseKeeping keeping = PromiseKeeping.of(promise, promisedDates.apply(promise), marks(connection, promiseId),
                    MilestoneRepository.list(connection, promiseId).stream().map(MilestoneRow::milestone).toList());
            if (keeping.status() != promise.status()) {
                promises.saveIn(connection, keeping.promiseNow());
            }
            return keeping;
        });
    }

    /** How the promise is kept now, by its marks and milestones. */
    public PromiseKeeping keepingOf(Promise promise, List<LocalDate> promisedDates) {
        return transactions.read("read the deliveries of promise " + promise.id(), connection ->
                PromiseKeeping.of(promise, promisedDates, marks(connection, promise.id()),
                        MilestoneRepository.list(connection, promise.id()).stream().map(MilestoneRow::milestone).toList()));
    }

    /** Every mark of the promise, oldest first: its delivery history. */
    public List<DeliveryMark> marksOf(UUID promiseId) {
        return transactions.read("read the deliveries of promise " + promiseId, connection -> marks(connection, promiseId));
    }

    /** Writes a mark under {@code changeId} on the caller's transaction; no outbox entry (a pulled mark has been pushed). */
    static void insert(Connection connection, UUID changeId, UUID promiseId, DeliveryMark mark) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO delivery_mark (change_id, promise_id, line, kind, on_date, reason, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Statements.bind(insert, changeId.toString(), promiseId.toString(), mark.line(), mark.kind().name(),
                    SqlValues.text(mark.on()), mark.reason(), SqlValues.text(mark.recordedAt())).executeUpdate();
        }
    }

    static List<DeliveryMark> marks(Connection connection, UUID promiseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT line, kind, on_date, reason, recorded_at FROM delivery_mark WHERE promise_id = ?"
                        + " ORDER BY recorded_at, change_id")) {
            ResultSet rows = Statements.bind(select, promiseId.toString()).executeQuery();
            List<DeliveryMark> marks = new ArrayList<>();
            while (rows.next()) {
                int line = rows.getInt(1);
                Integer lineOrNone = rows.wasNull() ? null : line;
                marks.add(new DeliveryMark(lineOrNone, DeliveryKind.valueOf(rows.getString(2)),
                        SqlValues.date(rows.getString(3)), rows.getString(4), SqlValues.instant(rows.getString(5))));
            }
            return marks;
        }
    }

    private static Promise read(Connection connection, UUID promiseId) throws SQLException {
        try (LocalPromiseReader reader = new LocalPromiseReader(connection)) {
            return reader.read(promiseId).orElseThrow(() ->
                    new StoreException("there is no promise " + promiseId + " in the local store"));
        }
    }
}
