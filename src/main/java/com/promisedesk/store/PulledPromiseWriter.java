package com.promisedesk.store;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Responsibility;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the promises of one pulled page with statements prepared once for the page:
 * a first sync applies 100,000 of them, and preparing ~20 statements per promise
 * (as {@link PromiseParts} does for one save) would dominate. The rows are the same as
 * {@link PromiseRepository#writeIn} writes; {@code SyncStoreTest} reads them back equal.
 */
final class PulledPromiseWriter implements AutoCloseable {

    /** What the local store knows of a promise before the page is applied. */
    record Local(long localVersion, long serverVersion, boolean pending) {
    }

    /** A promise the local store has never held. */
    static final Local NEW = new Local(0, 0, false);

    private static final List<String> PART_TABLES = List.of("line_term", "expectation_line", "responsibility_line",
            "expectation", "responsibility", "extra", "commitment_line");

    /** Ids asked about in one query; far below SQLite's limit of bound values. */
    private static final int IDS_PER_QUERY = 500;

    private final Connection connection;
    private final List<PreparedStatement> all = new ArrayList<>();
    private final PreparedStatement upsert;
    private final List<PreparedStatement> deletes = new ArrayList<>();
    private final PreparedStatement line;
    private final PreparedStatement term;
    private final PreparedStatement expectation;
    private final PreparedStatement expectationLine;
    private final PreparedStatement responsibility;
    private final PreparedStatement responsibilityLine;
    private final PreparedStatement extra;
    private final PreparedStatement serverVersion;

    PulledPromiseWriter(Connection connection) throws SQLException {
        this.connection = connection;
        upsert = prepare(connection, "INSERT INTO promise (id, customer_name, customer_region, customer_contact, title,"
                + " start_date, status, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET customer_name = excluded.customer_name,"
                + " customer_region = excluded.customer_region, customer_contact = excluded.customer_contact,"
                + " title = excluded.title, start_date = excluded.start_date, status = excluded.status,"
                + " version = excluded.version, updated_at = excluded.updated_at");
        for (String table : PART_TABLES) {
            deletes.add(prepare(connection, "DELETE FROM " + table + " WHERE promise_id = ?"));
        }
        line = prepare(connection, "INSERT INTO commitment_line (promise_id, position, capability, bespoke, quantity,"
                + " due_date, under_promise_reason) VALUES (?, ?, ?, ?, ?, ?, ?)");
        term = prepare(connection, "INSERT INTO line_term (promise_id, line_position, term_key, value) VALUES (?, ?, ?, ?)");
        expectation = prepare(connection,
                "INSERT INTO expectation (promise_id, position, text, status, clarified) VALUES (?, ?, ?, ?, ?)");
        expectationLine = prepare(connection, "INSERT INTO expectation_line (promise_id, expectation_position, ordinal,"
                + " line_position) VALUES (?, ?, ?, ?)");
        responsibility = prepare(connection,
                "INSERT INTO responsibility (promise_id, position, text, due_date) VALUES (?, ?, ?, ?)");
        responsibilityLine = prepare(connection, "INSERT INTO responsibility_line (promise_id, responsibility_position,"
                + " ordinal, line_position) VALUES (?, ?, ?, ?)");
        extra = prepare(connection, "INSERT INTO extra (promise_id, position, text) VALUES (?, ?, ?)");
        serverVersion = prepare(connection, "INSERT INTO promise_sync (promise_id, server_version, synced_at)"
                + " VALUES (?, ?, ?) ON CONFLICT (promise_id) DO UPDATE SET server_version = excluded.server_version,"
                + " synced_at = excluded.synced_at");
    }

    private PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        all.add(statement);
        return statement;
    }

    /**
     * What the local store knows of each of {@code ids}, asked for a whole page at once
     * rather than one query per promise; an id it does not hold is absent from the map.
     */
    Map<String, Local> locals(List<String> ids) throws SQLException {
        Map<String, Local> found = new HashMap<>();
        Set<String> pending = new HashSet<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> some = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            String marks = String.join(", ", Collections.nCopies(some.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement("SELECT p.id, p.version, s.server_version"
                    + " FROM promise p LEFT JOIN promise_sync s ON s.promise_id = p.id WHERE p.id IN (" + marks + ")")) {
                ResultSet rows = SqlValues.bind(select, some.toArray()).executeQuery();
                while (rows.next()) {
                    found.put(rows.getString(1), new Local(rows.getLong(2), rows.getLong(3), false));
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT entity_id FROM outbox"
                    + " WHERE entity = 'promise' AND entity_id IN (" + marks + ")")) {
                ResultSet rows = SqlValues.bind(select, some.toArray()).executeQuery();
                while (rows.next()) {
                    pending.add(rows.getString(1));
                }
            }
        }
        for (String id : pending) {
            Local known = found.getOrDefault(id, NEW);
            found.put(id, new Local(known.localVersion(), known.serverVersion(), true));
        }
        return found;
    }

    /**
     * Replaces the promise's rows (only inserts when it is new here) and records its server version.
     *
     * @return what the local store knows of the promise now
     */
    Local write(Promise promise, Local before, long version, String now) throws SQLException {
        String id = promise.id().toString();
        Customer customer = promise.customer();
        SqlValues.bind(upsert, id, customer.name(), customer.region(), customer.contact(), promise.title(),
                SqlValues.text(promise.start()), promise.status().name(), before.localVersion() + 1, now).executeUpdate();
        if (before.localVersion() > 0) {
            for (PreparedStatement delete : deletes) {
                SqlValues.bind(delete, id).executeUpdate();
            }
        }
        for (int i = 0; i < promise.lines().size(); i++) {
            CommitmentLine l = promise.lines().get(i);
            SqlValues.bind(line, id, i, l.capability(), l.bespoke(), l.quantity(), SqlValues.text(l.date()),
                    l.underPromiseReason()).executeUpdate();
            for (Map.Entry<String, BigDecimal> t : l.terms().entrySet()) {
                SqlValues.bind(term, id, i, t.getKey(), t.getValue().toString()).executeUpdate();
            }
        }
        for (int i = 0; i < promise.expectations().size(); i++) {
            Expectation e = promise.expectations().get(i);
            SqlValues.bind(expectation, id, i, e.text(), e.status().name(), e.clarified()).executeUpdate();
            links(expectationLine, id, i, e.lines());
        }
        for (int i = 0; i < promise.responsibilities().size(); i++) {
            Responsibility r = promise.responsibilities().get(i);
            SqlValues.bind(responsibility, id, i, r.text(), SqlValues.text(r.due())).executeUpdate();
            links(responsibilityLine, id, i, r.lines());
        }
        for (int i = 0; i < promise.extras().size(); i++) {
            SqlValues.bind(extra, id, i, promise.extras().get(i).text()).executeUpdate();
        }
        SqlValues.bind(serverVersion, id, version, now).executeUpdate();
        return new Local(before.localVersion() + 1, version, false);
    }

    private static void links(PreparedStatement insert, String id, int owner, List<Integer> lines) throws SQLException {
        for (int ordinal = 0; ordinal < lines.size(); ordinal++) {
            SqlValues.bind(insert, id, owner, ordinal, lines.get(ordinal)).executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement statement : all) {
            try {
                statement.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
