package com.promisedesk.store;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.Extra;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Responsibility;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads whole promises as {@link LocalPromiseWriter} wrote them: the promise's row, then its
 * lines with their terms, expectations and responsibilities with their links to lines,
 * extras, each list in the order of its positions. One promise or many, the same 8 statements:
 * each part table is read once for every promise chosen (a thousand agreed promises cost 8
 * statements, not 8,000), and the statements are prepared once per reader, so a push reading
 * 100 promises one by one prepares 8 of them, not 800.
 */
final class LocalPromiseReader implements AutoCloseable {

    private final Statements statements;

    LocalPromiseReader(Connection connection) {
        statements = new Statements(connection);
    }

    /** The whole promise with all its parts, as last saved; empty when the store does not hold it. */
    Optional<Promise> read(UUID id) throws SQLException {
        return readWhere("id = ?", id.toString()).stream().findFirst();
    }

    /** Every promise in one of {@code statuses}, whole, oldest first (by key). */
    List<Promise> readInStatus(PromiseStatus... statuses) throws SQLException {
        StringBuilder where = new StringBuilder("status IN (");
        Object[] names = new Object[statuses.length];
        for (int i = 0; i < statuses.length; i++) {
            where.append(i == 0 ? "?" : ", ?");
            names[i] = statuses[i].name();
        }
        return readWhere(where.append(')').toString(), names);
    }

    /** Every promise, whole, oldest first (by key). */
    List<Promise> readAll() throws SQLException {
        return readWhere("1 = 1");
    }

    /**
     * The promises whose row meets {@code where} (a condition on the promise table's columns, from
     * this class only, bound to {@code values}), each part table read once for all of them.
     */
    private List<Promise> readWhere(String where, Object... values) throws SQLException {
        String chosen = " WHERE promise_key IN (SELECT key FROM promise WHERE " + where + ")";
        Map<Long, Map<Integer, Map<String, BigDecimal>>> terms = new HashMap<>();
        try (ResultSet rows = query("SELECT promise_key, line_position, term_key, value FROM line_term" + chosen, values)) {
            while (rows.next()) {
                terms.computeIfAbsent(rows.getLong(1), k -> new HashMap<>()).computeIfAbsent(rows.getInt(2), k -> new HashMap<>())
                        .put(rows.getString(3), new BigDecimal(rows.getString(4)));
            }
        }
        Map<Long, List<CommitmentLine>> lines = new HashMap<>();
        try (ResultSet rows = query("SELECT promise_key, position, capability, bespoke, quantity, due_date, under_promise_reason"
                + " FROM commitment_line" + chosen + " ORDER BY promise_key, position", values)) {
            while (rows.next()) {
                long key = rows.getLong(1);
                lines.computeIfAbsent(key, k -> new ArrayList<>()).add(new CommitmentLine(rows.getString(3), rows.getString(4),
                        rows.getInt(5), SqlValues.date(rows.getString(6)), terms.getOrDefault(key, Map.of()).get(rows.getInt(2)),
                        rows.getString(7)));
            }
        }
        Map<Long, Map<Integer, List<Integer>>> expectationLinks = links("SELECT promise_key, expectation_position,"
                + " line_position FROM expectation_line" + chosen + " ORDER BY promise_key, expectation_position, ordinal", values);
        Map<Long, List<Expectation>> expectations = new HashMap<>();
        try (ResultSet rows = query("SELECT promise_key, position, text, status, clarified FROM expectation" + chosen
                + " ORDER BY promise_key, position", values)) {
            while (rows.next()) {
                long key = rows.getLong(1);
                expectations.computeIfAbsent(key, k -> new ArrayList<>()).add(new Expectation(rows.getString(3),
                        expectationLinks.getOrDefault(key, Map.of()).get(rows.getInt(2)),
                        ExpectationStatus.valueOf(rows.getString(4)), rows.getString(5)));
            }
        }
        Map<Long, Map<Integer, List<Integer>>> responsibilityLinks = links("SELECT promise_key, responsibility_position,"
                + " line_position FROM responsibility_line" + chosen + " ORDER BY promise_key, responsibility_position, ordinal",
                values);
        Map<Long, List<Responsibility>> responsibilities = new HashMap<>();
        try (ResultSet rows = query("SELECT promise_key, position, text, due_date FROM responsibility" + chosen
                + " ORDER BY promise_key, position", values)) {
            while (rows.next()) {
                long key = rows.getLong(1);
                responsibilities.computeIfAbsent(key, k -> new ArrayList<>()).add(new Responsibility(rows.getString(3),
                        SqlValues.date(rows.getString(4)), responsibilityLinks.getOrDefault(key, Map.of()).get(rows.getInt(2))));
            }
        }
        Map<Long, List<Extra>> extras = new HashMap<>();
        try (ResultSet rows = query("SELECT promise_key, text FROM extra" + chosen + " ORDER BY promise_key, position", values)) {
            while (rows.next()) {
                extras.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(new Extra(rows.getString(2)));
            }
        }
        List<Promise> found = new ArrayList<>();
        try (ResultSet rows = query("SELECT key, id, customer_name, customer_region, customer_contact, title, start_date,"
                + " status, agreed_on, language FROM promise WHERE " + where + " ORDER BY key", values)) {
            while (rows.next()) {
                long key = rows.getLong(1);
                found.add(new Promise(SqlValues.uuid(rows.getString(2)),
                        new Customer(rows.getString(3), rows.getString(4), rows.getString(5)), rows.getString(6),
                        SqlValues.date(rows.getString(7)), PromiseStatus.valueOf(rows.getString(8)),
                        SqlValues.date(rows.getString(9)), lines.getOrDefault(key, List.of()),
                        expectations.getOrDefault(key, List.of()), responsibilities.getOrDefault(key, List.of()),
                        extras.getOrDefault(key, List.of()), Language.of(rows.getString(10)).orElse(null)));
            }
        }
        return found;
    }

    private ResultSet query(String sql, Object... values) throws SQLException {
        return Statements.bind(statements.get(sql), values).executeQuery();
    }

    /** Line positions by promise key and owner position, in the order they were entered. */
    private Map<Long, Map<Integer, List<Integer>>> links(String sql, Object... values) throws SQLException {
        Map<Long, Map<Integer, List<Integer>>> links = new HashMap<>();
        try (ResultSet rows = query(sql, values)) {
            while (rows.next()) {
                links.computeIfAbsent(rows.getLong(1), k -> new LinkedHashMap<>())
                        .computeIfAbsent(rows.getInt(2), k -> new ArrayList<>()).add(rows.getInt(3));
            }
        }
        return links;
    }

    @Override
    public void close() throws SQLException {
        statements.close();
    }
}
