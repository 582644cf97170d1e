package com.promisedesk.store;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Responsibility;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one writer of a promise's rows: its own row and its parts (lines with their terms,
 * expectations and responsibilities with their links to lines, extras), all keyed by the
 * promise's integer key (V6, decision 0011). A save writes one promise; a pulled page up
 * to 2,000 with the same statements, prepared once. Rows are gathered as JDBC batches and
 * written by {@link #flush()} (and {@link #close()}), parents before children, so a first
 * sync crosses into SQLite once per table rather than once per row. Positions keep the
 * order of each list; a line is referred to by its position, as in the promise file.
 * The caller's transaction makes it all or nothing.
 */
final class LocalPromiseWriter implements AutoCloseable {

    // Children before parents, so the delete does not lean on ON DELETE CASCADE alone.
    private static final List<String> PART_TABLES = List.of("line_term", "expectation_line", "responsibility_line",
            "expectation", "responsibility", "extra", "commitment_line");

    private final Connection connection;
    private final PreparedStatement promise;
    private final List<PreparedStatement> deletes = new ArrayList<>();
    private final PreparedStatement line;
    private final PreparedStatement term;
    private final PreparedStatement expectation;
    private final PreparedStatement expectationLine;
    private final PreparedStatement responsibility;
    private final PreparedStatement responsibilityLine;
    private final PreparedStatement extra;
    /** In the order {@link #flush()} runs them: the order they are prepared in below. */
    private final Statements statements;
    /** Keys with rows in the batches not yet written. */
    private final Set<Long> batched = new HashSet<>();
    /** The key the next promise new here gets; read from the table at the first new promise. */
    private long nextKey;

    LocalPromiseWriter(Connection connection) throws SQLException {
        this.connection = connection;
        this.statements = new Statements(connection);
        promise = statements.get("INSERT INTO promise (key, id, customer_name, customer_region, customer_contact, title,"
                + " start_date, status, agreed_on, version, updated_at, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET customer_name = excluded.customer_name,"
                + " customer_region = excluded.customer_region, customer_contact = excluded.customer_contact,"
                + " title = excluded.title, start_date = excluded.start_date, status = excluded.status,"
                + " agreed_on = excluded.agreed_on, version = excluded.version, updated_at = excluded.updated_at,"
                + " language = excluded.language");
        for (String table : PART_TABLES) {
            deletes.add(statements.get("DELETE FROM " + table + " WHERE promise_key = ?"));
        }
        line = statements.get("INSERT INTO commitment_line (promise_key, position, capability, bespoke, quantity, due_date,"
                + " under_promise_reason) VALUES (?, ?, ?, ?, ?, ?, ?)");
        term = statements.get("INSERT INTO line_term (promise_key, line_position, term_key, value) VALUES (?, ?, ?, ?)");
        expectation = statements.get(
                "INSERT INTO expectation (promise_key, position, text, status, clarified) VALUES (?, ?, ?, ?, ?)");
        expectationLine = statements.get("INSERT INTO expectation_line (promise_key, expectation_position, ordinal,"
                + " line_position) VALUES (?, ?, ?, ?)");
        responsibility = statements.get(
                "INSERT INTO responsibility (promise_key, position, text, due_date) VALUES (?, ?, ?, ?)");
        responsibilityLine = statements.get("INSERT INTO responsibility_line (promise_key, responsibility_position, ordinal,"
                + " line_position) VALUES (?, ?, ?, ?)");
        extra = statements.get("INSERT INTO extra (promise_key, position, text) VALUES (?, ?, ?)");
    }

    /**
     * Writes {@code p} with {@code version}, replacing its parts when it is stored already.
     *
     * @param key the promise's key, or 0 when it is new here
     * @return the key it is stored under
     */
    long write(Promise p, long key, long version, String updatedAt) throws SQLException {
        boolean stored = key != 0;
        if (!stored) {
            key = newKey();
        } else if (batched.contains(key)) {
            flush();  // its parts must be deleted after the rows batched for it, not before
        }
        batched.add(key);
        Customer customer = p.customer();
        Statements.bind(promise, key, p.id().toString(), customer.name(), customer.region(), customer.contact(),
                p.title(), SqlValues.text(p.start()), p.status().name(), SqlValues.text(p.agreedOn()), version,
                updatedAt, p.language() == null ? null : p.language().tag()).addBatch();
        if (stored) {
            for (PreparedStatement delete : deletes) {
                Statements.bind(delete, key).addBatch();
            }
        }
        for (int i = 0; i < p.lines().size(); i++) {
            CommitmentLine l = p.lines().get(i);
            Statements.bind(line, key, i, l.capability(), l.bespoke(), l.quantity(), SqlValues.text(l.date()),
                    l.underPromiseReason()).addBatch();
            for (Map.Entry<String, BigDecimal> t : l.terms().entrySet()) {
                // toString keeps the scale ("4.0" stays "4.0"), so the value reads back equal.
                Statements.bind(term, key, i, t.getKey(), t.getValue().toString()).addBatch();
            }
        }
        for (int i = 0; i < p.expectations().size(); i++) {
            Expectation e = p.expectations().get(i);
            Statements.bind(expectation, key, i, e.text(), e.status().name(), e.clarified()).addBatch();
            links(expectationLine, key, i, e.lines());
        }
        for (int i = 0; i < p.responsibilities().size(); i++) {
            Responsibility r = p.responsibilities().get(i);
            Statements.bind(responsibility, key, i, r.text(), SqlValues.text(r.due())).addBatch();
            links(responsibilityLine, key, i, r.lines());
        }
        for (int i = 0; i < p.extras().size(); i++) {
            Statements.bind(extra, key, i, p.extras().get(i).text()).addBatch();
        }
        return key;
    }

    private long newKey() throws SQLException {
        if (nextKey == 0) {
            try (PreparedStatement select = connection.prepareStatement("SELECT coalesce(max(key), 0) + 1 FROM promise");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                nextKey = rows.getLong(1);
            }
        }
        return nextKey++;
    }

    private static void links(PreparedStatement insert, long key, int owner, List<Integer> lines) throws SQLException {
        for (int ordinal = 0; ordinal < lines.size(); ordinal++) {
            Statements.bind(insert, key, owner, ordinal, lines.get(ordinal)).addBatch();
        }
    }

    /** Writes the rows batched so far: promises, then the old parts' deletes, then the new parts. */
    void flush() throws SQLException {
        for (PreparedStatement statement : statements.all()) {
            statement.executeBatch();
        }
        batched.clear();
    }

    /** Writes what is batched and closes the statements; a failed batch fails the caller's transaction. */
    @Override
    public void close() throws SQLException {
        try {
            flush();
        } catch (SQLException e) {
            try {
                statements.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        statements.close();
    }
}
