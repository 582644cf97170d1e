package com.promisedesk.store;

import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Promises the central store refused: their id is taken there by another rep's promise
 * (both imported one shared file). Kept with their outbox entries, but no longer pushed, so
 * they hold up nothing else; each sync round names them to the rep.
 */
public final class RefusedPromises {

    /** One refused promise, as the rep knows it. */
    public record Refused(UUID promiseId, String customer, String title) {
    }

    /** What pushes and counts leave out: the ids of refused promises. */
    static final String IDS = "SELECT promise_id FROM refused_promise";

    private final Transactions transactions;

    RefusedPromises(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The refused promises still on this device, in the order they were refused. */
    public List<Refused> list() {
        return transactions.read("list the promises the central store refused", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT r.promise_id, p.customer_name, p.title FROM refused_promise r JOIN promise p ON p.id = r.promise_id"
                            + " ORDER BY r.refused_at, r.promise_id");
                 ResultSet rows = select.executeQuery()) {
                List<Refused> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(new Refused(SqlValues.uuid(rows.getString(1)), rows.getString(2), rows.getString(3)));
                }
                return found;
            }
        });
    }

    /** Records {@code promiseIds} as refused, on the caller's transaction. */
    static void markIn(Connection connection, List<UUID> promiseIds, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO refused_promise (promise_id, refused_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (UUID id : promiseIds) {
                Statements.bind(insert, id.toString(), SqlValues.text(now)).addBatch();
            }
            insert.executeBatch();
        }
    }
}
