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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads whole promises as {@link LocalPromiseWriter} wrote them: the promise's row, then its
 * lines with their terms, expectations and responsibilities with their links to lines,
 * extras, each list in the order of its positions. The statements are prepared once per
 * reader, so a push reading 100 promises prepares 8 of them, not 800.
 */
final class LocalPromiseReader implements AutoCloseable {

    private final Statements statements;
    private final PreparedStatement promise;
    private final PreparedStatement terms;
    private final PreparedStatement lines;
    private final PreparedStatement expectationLinks;
    private final PreparedStatement expectations;
    private final PreparedStatement responsibilityLinks;
    private final PreparedStatement responsibilities;
    private final PreparedStatement extras;

    LocalPromiseReader(Connection connection) throws SQLException {
        statements = new Statements(connection);
        promise = statements.get("SELECT customer_name, customer_region, customer_contact, title, start_date,"
                + " status, key, agreed_on, language FROM promise WHERE id = ?");
        terms = statements.get("SELECT line_position, term_key, value FROM line_term WHERE promise_key = ?");
        lines = statements.get("SELECT position, capability, bespoke, quantity, due_date, under_promise_reason"
                + " FROM commitment_line WHERE promise_key = ? ORDER BY position");
        expectationLinks = statements.get("SELECT expectation_position, line_position FROM expectation_line"
                + " WHERE promise_key = ? ORDER BY expectation_position, ordinal");
        expectations = statements.get("SELECT position, text, status, clarified FROM expectation"
                + " WHERE promise_key = ? ORDER BY position");
        responsibilityLinks = statements.get("SELECT responsibility_position, line_position FROM responsibility_line"
                + " WHERE promise_key = ? ORDER BY responsibility_position, ordinal");
        responsibilities = statements.get("SELECT position, text, due_date FROM responsibility"
                + " WHERE promise_key = ? ORDER BY position");
        extras = statements.get("SELECT text FROM extra WHERE promise_key = ? ORDER BY position");
    }

    /** The whole promise with all its parts, as last saved; empty when the store does not hold it. */
    Optional<Promise> read(UUID id) throws SQLException {
        Customer customer;
        String title;
        LocalDate start;
        PromiseStatus status;
        LocalDate agreedOn;
        Language language;
        long key;
        try (ResultSet rows = Statements.bind(promise, id.toString()).executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            customer = new Customer(rows.getString(1), rows.getString(2), rows.getString(3));
            title = rows.getString(4);
            start = SqlValues.date(rows.getString(5));
            status = PromiseStatus.valueOf(rows.getString(6));
            key = rows.getLong(7);
            agreedOn = SqlValues.date(rows.getString(8));
            language = Language.of(rows.getString(9)).orElse(null);
        }
        return Optional.of(new Promise(id, customer, title, start, status, agreedOn, lines(key), expectations(key),
                responsibilities(key), extras(key), language));
    }

    private List<CommitmentLine> lines(long key) throws SQLException {
        Map<Integer, Map<String, BigDecimal>> termsByLine = new HashMap<>();
        try (ResultSet rows = Statements.bind(terms, key).executeQuery()) {
            while (rows.next()) {
                termsByLine.computeIfAbsent(rows.getInt(1), k -> new HashMap<>())
                        .put(rows.getString(2), new BigDecimal(rows.getString(3)));
            }
        }
        List<CommitmentLine> found = new ArrayList<>();
        try (ResultSet rows = Statements.bind(lines, key).executeQuery()) {
            while (rows.next()) {
                found.add(new CommitmentLine(rows.getString(2), rows.getString(3), rows.getInt(4),
                        SqlValues.date(rows.getString(5)), termsByLine.get(rows.getInt(1)), rows.getString(6)));
            }
        }
        return found;
    }

    private List<Expectation> expectations(long key) throws SQLException {
        Map<Integer, List<Integer>> links = links(expectationLinks, key);
        List<Expectation> found = new ArrayList<>();
        try (ResultSet rows = Statements.bind(expectations, key).executeQuery()) {
            while (rows.next()) {
                found.add(new Expectation(rows.getString(2), links.get(rows.getInt(1)),
                        ExpectationStatus.valueOf(rows.getString(3)), rows.getString(4)));
            }
        }
        return found;
    }

    private List<Responsibility> responsibilities(long key) throws SQLException {
        Map<Integer, List<Integer>> links = links(responsibilityLinks, key);
        List<Responsibility> found = new ArrayList<>();
        try (ResultSet rows = Statements.bind(responsibilities, key).executeQuery()) {
            while (rows.next()) {
                found.add(new Responsibility(rows.getString(2), SqlValues.date(rows.getString(3)),
                        links.get(rows.getInt(1))));
            }
        }
        return found;
    }

    private List<Extra> extras(long key) throws SQLException {
        List<Extra> found = new ArrayList<>();
        try (ResultSet rows = Statements.bind(extras, key).executeQuery()) {
            while (rows.next()) {
                found.add(new Extra(rows.getString(1)));
            }
        }
        return found;
    }

    /** Line positions by owner position, in the order they were entered. */
    private static Map<Integer, List<Integer>> links(PreparedStatement select, long key) throws SQLException {
        Map<Integer, List<Integer>> links = new HashMap<>();
        try (ResultSet rows = Statements.bind(select, key).executeQuery()) {
            while (rows.next()) {
                links.computeIfAbsent(rows.getInt(1), k -> new ArrayList<>()).add(rows.getInt(2));
            }
        }
        return links;
    }

    @Override
    public void close() throws SQLException {
        statements.close();
    }
}
