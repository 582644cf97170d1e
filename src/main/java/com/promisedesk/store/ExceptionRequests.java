package com.promisedesk.store;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.ExceptionRequest;
import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.domain.Promise;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Exception requests of this device's rep. A request is written with its outbox entry in
 * one transaction; only the central store decides it, and its decisions come back with a
 * pull, applied in that page's transaction.
 */
public final class ExceptionRequests {

    /** A request with the customer and title of its promise, for a list. */
    public record Listed(ExceptionRequest request, String customer, String title) {
    }

    private final Transactions transactions;
    private final PromiseRepository promises;
    private final Outbox outbox;
    private final Clock clock;

    ExceptionRequests(Transactions transactions, PromiseRepository promises, Outbox outbox, Clock clock) {
        this.transactions = transactions;
        this.promises = promises;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Requests approval for line {@code position} of a stored promise as it is stored now,
     * judged at {@code tier}. Refused when a request already covers the line as it is.
     *
     * @throws StoreException when there is no such promise
     * @throws InvalidValueException when there is no such line, a request covers it already, the reason is
     *                               empty or too long, or no approver is named
     */
    public ExceptionRequest request(UUID promiseId, int position, int tier, List<String> approvers, String reason) {
        return transactions.write("request approval for line " + (position + 1) + " of promise " + promiseId,
                connection -> {
                    Promise promise = promises.find(promiseId).orElseThrow(() -> new StoreException(
                            "no promise " + promiseId + " in the local store"));
                    if (position < 0 || position >= promise.lines().size()) {
                        throw new InvalidValueException("line", (position + 1) + " is not a line of promise " + promiseId
                                + " (it has " + promise.lines().size() + ")");
                    }
                    CommitmentLine line = promise.lines().get(position);
                    Optional<ExceptionRequest> covering = latestIn(connection, promiseId, position)
                            .filter(r -> r.covers(line, tier));
                    if (covering.isPresent()) {
                        throw new InvalidValueException("line", (position + 1) + " was already requested as it is now"
                                + " (" + covering.get().status() + "); change the line to request again");
                    }
                    ExceptionRequest request = ExceptionRequest.of(promiseId, position, line, tier, approvers, reason,
                            SqlValues.stored(clock.instant()));
                    ExceptionRequestRows.put(connection, request);
                    outbox.append(connection, Outbox.EXCEPTION_REQUEST, request.id().toString(), 1);
                    return request;
                });
    }

    /** The newest request for a line of a promise, whatever line it covers now. */
    public Optional<ExceptionRequest> latest(UUID promiseId, int position) {
        return transactions.read("read the exception request of line " + (position + 1),
                connection -> latestIn(connection, promiseId, position));
    }

    /**
     * The lines of {@code promise} approved as they are now: the newest request of each line
     * in {@code tiers} (a line that needs approval, by index, and the tier it needs now)
     * covers the line as it is, at that tier, and every approver role approved it.
     */
    public Set<Integer> approvedLines(Promise promise, Map<Integer, Integer> tiers) {
        return transactions.read("read the approved lines of promise " + promise.id(), connection -> {
            Set<Integer> approved = new TreeSet<>();
            for (Map.Entry<Integer, Integer> line : tiers.entrySet()) {
                Optional<ExceptionRequest> latest = latestIn(connection, promise.id(), line.getKey());
                if (latest.filter(r -> r.status() == ExceptionRequest.Decision.APPROVED
                        && r.covers(promise.lines().get(line.getKey()), line.getValue())).isPresent()) {
                    approved.add(line.getKey());
                }
            }
            return approved;
        });
    }

    /**
     * The lines of {@code promise} whose exception request was rejected as they are now: the
     * newest request of each line in {@code tiers} covers the line as it is, at that tier, and
     * a role rejected it. A line changed since is not among them: it awaits a new request.
     */
    public Set<Integer> rejectedLines(Promise promise, Map<Integer, Integer> tiers) {
        return transactions.read("read the rejected lines of promise " + promise.id(), connection -> {
            Set<Integer> rejected = new TreeSet<>();
            for (Map.Entry<Integer, Integer> line : tiers.entrySet()) {
                Optional<ExceptionRequest> latest = latestIn(connection, promise.id(), line.getKey());
                if (latest.filter(r -> r.status() == ExceptionRequest.Decision.REJECTED
                        && r.covers(promise.lines().get(line.getKey()), line.getValue())).isPresent()) {
                    rejected.add(line.getKey());
                }
            }
            return rejected;
        });
    }

    /** Every request of a promise, newest first. */
    public List<ExceptionRequest> forPromise(UUID promiseId) {
        return transactions.read("read the exception requests of promise " + promiseId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + ExceptionRequestRows.COLUMNS
                    + " FROM exception_request r WHERE r.promise_id = ? ORDER BY r.requested_at DESC, r.id")) {
                return ExceptionRequestRows.read(connection, Statements.bind(select, promiseId.toString()).executeQuery());
            }
        });
    }

    /** Every request on this device, newest first, with its promise's customer and title. */
    public List<Listed> all() {
        return transactions.read("list the exception requests", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + ExceptionRequestRows.COLUMNS
                    + ", p.customer_name, p.title FROM exception_request r LEFT JOIN promise p ON p.id = r.promise_id"
                    + " ORDER BY r.requested_at DESC, r.id");
                 ResultSet rows = select.executeQuery()) {
                List<Listed> found = new java.util.ArrayList<>();
                int columns = ExceptionRequestRows.COLUMNS.split(",").length;
                while (rows.next()) {
                    found.add(new Listed(ExceptionRequestRows.read(connection, rows, 0),
                            rows.getString(columns + 1), rows.getString(columns + 2)));
                }
                return found;
            }
        });
    }

    /** How many requests wait to be pushed. */
    public int pendingCount() {
        return transactions.read("count the exception requests waiting to be synced", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT count(DISTINCT entity_id) FROM outbox WHERE entity = ?")) {
                ResultSet rows = Statements.bind(select, Outbox.EXCEPTION_REQUEST).executeQuery();
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** Up to {@code limit} requests waiting to be pushed, oldest first. */
    public List<ExceptionRequest> pendingPushes(int limit) {
        return transactions.read("read the exception requests waiting to be synced", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + ExceptionRequestRows.COLUMNS
                    + " FROM exception_request r WHERE r.id IN (SELECT entity_id FROM outbox WHERE entity = ?)"
                    + " ORDER BY r.requested_at, r.id LIMIT ?")) {
                return ExceptionRequestRows.read(connection,
                        Statements.bind(select, Outbox.EXCEPTION_REQUEST, limit).executeQuery());
            }
        });
    }

    /** The central store has these requests now: their outbox entries go, in one transaction. */
    public void acknowledge(List<UUID> ids) {
        transactions.write("record that the central store has the exception requests", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM outbox WHERE entity = ? AND entity_id = ?")) {
                for (UUID id : ids) {
                    Statements.bind(delete, Outbox.EXCEPTION_REQUEST, id.toString()).addBatch();
                }
                delete.executeBatch();
            }
            return null;
        });
    }

    /** Pulled requests (status and decisions as the central store holds them), on the page's transaction. */
    void applyIn(Connection connection, List<ExceptionRequest> pulled) throws SQLException {
        for (ExceptionRequest request : pulled) {
            ExceptionRequestRows.put(connection, request);
        }
    }

    private static Optional<ExceptionRequest> latestIn(Connection connection, UUID promiseId, int position)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + ExceptionRequestRows.COLUMNS
                + " FROM exception_request r WHERE r.promise_id = ? AND r.position = ?"
                + " ORDER BY r.requested_at DESC, r.id LIMIT 1")) {
            return ExceptionRequestRows.read(connection, Statements.bind(select, promiseId.toString(), position)
                    .executeQuery()).stream().findFirst();
        }
    }
}
