package com.promisedesk.store;

import com.promisedesk.domain.CustomerConfirmation;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.file.Sha256;
import com.promisedesk.jdbc.Statements;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The customer's confirmations of read-backs (docs/decisions/0023). One waits per promise for its
 * next revision, which carries it ({@link RevisionRepository}, in the issue's own transaction);
 * carried, it is never changed or removed (the table's triggers refuse). Each write is one
 * transaction, so a confirmation is either wholly recorded or not at all, whatever stops the app.
 */
public final class CustomerConfirmations {

    private final Transactions transactions;

    CustomerConfirmations(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Records {@code confirmation} of {@code heard}, the promise as it was read back, for its next
     * revision; a confirmation still waiting for that revision is replaced, a carried one never.
     */
    public void record(Promise heard, CustomerConfirmation confirmation) {
        String id = heard.id().toString();
        transactions.write("record the customer's confirmation of promise " + id, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM customer_confirmation WHERE promise_id = ? AND revision IS NULL");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO customer_confirmation"
                         + " (promise_id, name, confirmed_at, heard_sha256) VALUES (?, ?, ?, ?)")) {
                Statements.bind(delete, id).executeUpdate();
                Statements.bind(insert, id, confirmation.name(), confirmation.at().toString(), heard(heard)).executeUpdate();
            }
            return null;
        });
    }

    /**
     * The confirmation waiting for the next revision of {@code promise}, when it was given for the
     * promise as it is now; empty when there is none, or the promise has changed since it was read back.
     */
    public Optional<CustomerConfirmation> pendingFor(Promise promise) {
        return transactions.read("read the customer's confirmation of promise " + promise.id(), connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT name, confirmed_at, heard_sha256"
                    + " FROM customer_confirmation WHERE promise_id = ? AND revision IS NULL")) {
                ResultSet rows = Statements.bind(select, promise.id().toString()).executeQuery();
                if (!rows.next() || !rows.getString(3).equals(heard(promise))) {
                    return Optional.empty();
                }
                return Optional.of(confirmation(rows));
            }
        });
    }

    /** The confirmation revision {@code number} of the promise carries, if it carries one. */
    public Optional<CustomerConfirmation> carriedBy(UUID promiseId, int number) {
        return transactions.read("read the confirmation of revision " + number + " of promise " + promiseId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT name, confirmed_at"
                    + " FROM customer_confirmation WHERE promise_id = ? AND revision = ?")) {
                ResultSet rows = Statements.bind(select, promiseId.toString(), number).executeQuery();
                return rows.next() ? Optional.of(confirmation(rows)) : Optional.<CustomerConfirmation>empty();
            }
        });
    }

    /**
     * Within the transaction that issues revision {@code number}: records that it carries
     * {@code confirmation}, which must be the one still waiting, exactly as the revision prints it.
     */
    static void carry(Connection connection, String promiseId, CustomerConfirmation confirmation, int number)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE customer_confirmation SET revision = ?"
                + " WHERE promise_id = ? AND revision IS NULL AND name = ? AND confirmed_at = ?")) {
            if (Statements.bind(update, number, promiseId, confirmation.name(), confirmation.at().toString())
                    .executeUpdate() != 1) {
                throw new StoreException("could not issue revision " + number + ": the customer's confirmation it was to"
                        + " carry was replaced by a newer read-back meanwhile; issue it again");
            }
        }
    }

    private static CustomerConfirmation confirmation(ResultSet row) throws SQLException {
        return new CustomerConfirmation(row.getString(1), OffsetDateTime.parse(row.getString(2)));
    }

    /** What the customer heard: the promise file of the promise, whatever its status has become since. */
    static String heard(Promise promise) {
        Promise asReadBack = new Promise(promise.id(), promise.customer(), promise.title(), promise.start(),
                PromiseStatus.READ_BACK, null, promise.lines(), promise.expectations(), promise.responsibilities(),
                promise.extras(), promise.language());
        return Sha256.of(PromiseFile.write(asReadBack).getBytes(StandardCharsets.UTF_8));
    }
}
