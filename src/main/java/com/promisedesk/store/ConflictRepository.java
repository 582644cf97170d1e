package com.promisedesk.store;

import com.promisedesk.domain.Promise;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The conflicts sync kept (table sync_conflict): pulled with each page, listed for the rep,
 * and resolved here by a change based on the server's version that goes up with the next push.
 */
public final class ConflictRepository {

    private final Transactions transactions;
    private final PromiseRepository promises;
    private final Clock clock;

    ConflictRepository(Transactions transactions, PromiseRepository promises, Clock clock) {
        this.transactions = transactions;
        this.promises = promises;
        this.clock = clock;
    }

    /** How many conflicts wait for the rep to resolve them (not those resolved here and waiting to be pushed). */
    public int openCount() {
        return transactions.read("count the open conflicts", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT count(*) FROM sync_conflict WHERE status = 'open'");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** Conflicts not yet resolved on the server (open, or resolved here and waiting to be pushed), oldest first. */
    public List<Conflict> list() {
        return transactions.read("list the conflicts", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, promise_id, status, base_version, base_doc, theirs_version, theirs_doc, yours_doc,"
                            + " created_at FROM sync_conflict WHERE status <> 'resolved' ORDER BY created_at, id")) {
                ResultSet rows = select.executeQuery();
                List<Conflict> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(new Conflict(SqlValues.uuid(rows.getString(1)), SqlValues.uuid(rows.getString(2)),
                            rows.getString(3), rows.getLong(4), rows.getString(5), rows.getLong(6), rows.getString(7),
                            rows.getString(8), SqlValues.instant(rows.getString(9))));
                }
                return found;
            }
        });
    }

    /**
     * Saves the rep's pick for a conflict as a local change based on the server's version
     * ("theirs"), to be pushed with the conflict marked resolved; one transaction.
     */
    public void resolve(UUID conflictId, Promise merged) {
        transactions.write("resolve conflict " + conflictId, connection -> {
            long theirs;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT promise_id, theirs_version FROM sync_conflict WHERE id = ? AND status <> 'resolved'")) {
                ResultSet rows = Statements.bind(select, conflictId.toString()).executeQuery();
                if (!rows.next()) {
                    throw new StoreException("could not resolve conflict " + conflictId + ": no open conflict has this id");
                }
                if (!rows.getString(1).equals(merged.id().toString())) {
                    throw new StoreException("could not resolve conflict " + conflictId + ": it is about promise "
                            + rows.getString(1) + ", not " + merged.id());
                }
                theirs = rows.getLong(2);
            }
            promises.saveIn(connection, merged);
            ServerVersions.put(connection, merged.id().toString(), theirs, clock.instant());
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE sync_conflict SET status = 'resolving' WHERE id = ?")) {
                Statements.bind(update, conflictId.toString()).executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO pending_resolution (conflict_id, promise_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                Statements.bind(insert, conflictId.toString(), merged.id().toString()).executeUpdate();
            }
            return null;
        });
    }

    /** Keeps a pulled conflict, on the page's connection; one resolved here stays "resolving" until the server says resolved. */
    static void putIn(Connection connection, Conflict c) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO sync_conflict (id, promise_id, status, base_version, base_doc, theirs_version, theirs_doc,"
                        + " yours_doc, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                        + " status = CASE WHEN sync_conflict.status = 'resolving' AND excluded.status = 'open'"
                        + " THEN 'resolving' ELSE excluded.status END")) {
            Statements.bind(upsert, c.id().toString(), c.promiseId().toString(), c.status(), c.baseVersion(), c.baseDoc(),
                    c.theirsVersion(), c.theirsDoc(), c.yoursDoc(), SqlValues.text(c.createdAt())).executeUpdate();
        }
    }
}
