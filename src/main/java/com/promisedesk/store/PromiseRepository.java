package com.promisedesk.store;

import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Promises in normalized tables (written by {@link LocalPromiseWriter}, read with
 * {@link LocalPromiseReader}). A save replaces the promise's parts, bumps its local version and
 * writes an outbox entry, in one transaction.
 */
public final class PromiseRepository {

    private final Transactions transactions;
    private final Outbox outbox;
    private final Clock clock;

    PromiseRepository(Transactions transactions, Outbox outbox, Clock clock) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Inserts or replaces {@code promise}; its version becomes one more than before (1 when new). */
    public void save(Promise promise) {
        String id = promise.id().toString();
        transactions.write("save promise " + id, connection -> {
            saveIn(connection, promise);
            return null;
        });
    }

    /** A local edit on the caller's transaction: the promise, a new local version and its outbox entry. */
    long saveIn(Connection connection, Promise promise) throws SQLException {
        long version = writeIn(connection, promise);
        outbox.append(connection, Outbox.PROMISE, promise.id().toString(), version);
        return version;
    }

    /**
     * Stores {@code promise} with a new local version on the caller's transaction, without
     * an outbox entry: for a promise pulled from the central store, which has it already.
     */
    long writeIn(Connection connection, Promise promise) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT key, version FROM promise WHERE id = ?");
             LocalPromiseWriter rows = new LocalPromiseWriter(connection)) {
            ResultSet stored = Statements.bind(select, promise.id().toString()).executeQuery();
            long key = stored.next() ? stored.getLong(1) : 0;
            long version = key == 0 ? 1 : stored.getLong(2) + 1;
            rows.write(promise, key, version, SqlValues.text(clock.instant()));
            return version;
        }
    }

    /** The whole promise with all its parts, as last saved. */
    public Optional<Promise> find(UUID id) {
        return transactions.read("read promise " + id, connection -> {
            try (LocalPromiseReader reader = new LocalPromiseReader(connection)) {
                return reader.read(id);
            }
        });
    }

    /** Every promise whole, oldest first: one statement per part table for all of them. */
    public List<Promise> all() {
        return transactions.read("read every promise", connection -> {
            try (LocalPromiseReader reader = new LocalPromiseReader(connection)) {
                return reader.readAll();
            }
        });
    }

    /**
     * Every promise agreed and not yet delivered or closed (AGREED, IN_DELIVERY), whole, oldest
     * first: what Today judges, read with one statement per part table for all of them.
     */
    public List<Promise> agreed() {
        return transactions.read("read the agreed promises", connection -> {
            try (LocalPromiseReader reader = new LocalPromiseReader(connection)) {
                return reader.readInStatus(PromiseStatus.AGREED, PromiseStatus.IN_DELIVERY);
            }
        });
    }

    /** Every promise, most recently updated first. */
    public List<PromiseRow> list() {
        return transactions.read("list the promises", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, customer_name, title, status, start_date, updated_at, version FROM promise"
                            + " ORDER BY updated_at DESC, id");
                 ResultSet rows = select.executeQuery()) {
                List<PromiseRow> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(new PromiseRow(SqlValues.uuid(rows.getString(1)), rows.getString(2), rows.getString(3),
                            PromiseStatus.valueOf(rows.getString(4)), SqlValues.date(rows.getString(5)),
                            SqlValues.instant(rows.getString(6)), rows.getLong(7)));
                }
                return found;
            }
        });
    }
}
