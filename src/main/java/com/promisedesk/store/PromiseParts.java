package com.promisedesk.store;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.Extra;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Responsibility;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The child rows of a promise: lines with their terms, expectations and responsibilities
 * with their links to lines, extras. Positions keep the order of each list; a line is
 * referred to by its position, as in the promise file.
 */
final class PromiseParts {

    // Children before parents, so the delete does not lean on ON DELETE CASCADE alone.
    private static final List<String> TABLES = List.of("line_term", "expectation_line", "responsibility_line",
            "expectation", "responsibility", "extra", "commitment_line");

    /** Replaces every part of {@code promise}; the caller's transaction makes it all or nothing. */
    void replace(Connection connection, Promise promise) throws SQLException {
        String id = promise.id().toString();
        for (String table : TABLES) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE promise_id = ?")) {
                SqlValues.bind(delete, id).executeUpdate();
            }
        }
        insertLines(connection, id, promise.lines());
        insertExpectations(connection, id, promise.expectations());
        insertResponsibilities(connection, id, promise.responsibilities());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO extra (promise_id, position, text) VALUES (?, ?, ?)")) {
            for (int i = 0; i < promise.extras().size(); i++) {
                SqlValues.bind(insert, id, i, promise.extras().get(i).text()).executeUpdate();
            }
        }
    }

    private static void insertLines(Connection connection, String id, List<CommitmentLine> lines) throws SQLException {
        try (PreparedStatement line = connection.prepareStatement(
                "INSERT INTO commitment_line (promise_id, position, capability, bespoke, quantity, due_date,"
                        + " under_promise_reason) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement term = connection.prepareStatement(
                     "INSERT INTO line_term (promise_id, line_position, term_key, value) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < lines.size(); i++) {
                CommitmentLine l = lines.get(i);
                SqlValues.bind(line, id, i, l.capability(), l.bespoke(), l.quantity(), SqlValues.text(l.date()),
                        l.underPromiseReason()).executeUpdate();
                for (Map.Entry<String, BigDecimal> t : l.terms().entrySet()) {
                    // toString keeps the scale ("4.0" stays "4.0"), so the value reads back equal.
                    SqlValues.bind(term, id, i, t.getKey(), t.getValue().toString()).executeUpdate();
                }
            }
        }
    }

    private static void insertExpectations(Connection connection, String id, List<Expectation> expectations)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO expectation (promise_id, position, text, status, clarified) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < expectations.size(); i++) {
                Expectation e = expectations.get(i);
                SqlValues.bind(insert, id, i, e.text(), e.status().name(), e.clarified()).executeUpdate();
                insertLinks(connection, "expectation_line", "expectation_position", id, i, e.lines());
            }
        }
    }

    private static void insertResponsibilities(Connection connection, String id, List<Responsibility> responsibilities)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO responsibility (promise_id, position, text, due_date) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < responsibilities.size(); i++) {
                Responsibility r = responsibilities.get(i);
                SqlValues.bind(insert, id, i, r.text(), SqlValues.text(r.due())).executeUpdate();
                insertLinks(connection, "responsibility_line", "responsibility_position", id, i, r.lines());
            }
        }
    }

    private static void insertLinks(Connection connection, String table, String ownerColumn, String id, int owner,
                                    List<Integer> lines) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                + " (promise_id, " + ownerColumn + ", ordinal, line_position) VALUES (?, ?, ?, ?)")) {
            for (int ordinal = 0; ordinal < lines.size(); ordinal++) {
                SqlValues.bind(insert, id, owner, ordinal, lines.get(ordinal)).executeUpdate();
            }
        }
    }

    List<CommitmentLine> lines(Connection connection, String id) throws SQLException {
        Map<Integer, Map<String, BigDecimal>> terms = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT line_position, term_key, value FROM line_term WHERE promise_id = ?")) {
            ResultSet rows = SqlValues.bind(select, id).executeQuery();
            while (rows.next()) {
                terms.computeIfAbsent(rows.getInt(1), k -> new HashMap<>())
                        .put(rows.getString(2), new BigDecimal(rows.getString(3)));
            }
        }
        List<CommitmentLine> lines = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT position, capability, bespoke, quantity, due_date, under_promise_reason"
                        + " FROM commitment_line WHERE promise_id = ? ORDER BY position")) {
            ResultSet rows = SqlValues.bind(select, id).executeQuery();
            while (rows.next()) {
                lines.add(new CommitmentLine(rows.getString(2), rows.getString(3), rows.getInt(4),
                        SqlValues.date(rows.getString(5)), terms.get(rows.getInt(1)), rows.getString(6)));
            }
        }
        return lines;
    }

    List<Expectation> expectations(Connection connection, String id) throws SQLException {
        Map<Integer, List<Integer>> links = links(connection, "expectation_line", "expectation_position", id);
        List<Expectation> expectations = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT position, text, status, clarified FROM expectation WHERE promise_id = ? ORDER BY position")) {
            ResultSet rows = SqlValues.bind(select, id).executeQuery();
            while (rows.next()) {
                expectations.add(new Expectation(rows.getString(2), links.get(rows.getInt(1)),
                        ExpectationStatus.valueOf(rows.getString(3)), rows.getString(4)));
            }
        }
        return expectations;
    }

    List<Responsibility> responsibilities(Connection connection, String id) throws SQLException {
        Map<Integer, List<Integer>> links = links(connection, "responsibility_line", "responsibility_position", id);
        List<Responsibility> responsibilities = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT position, text, due_date FROM responsibility WHERE promise_id = ? ORDER BY position")) {
            ResultSet rows = SqlValues.bind(select, id).executeQuery();
            while (rows.next()) {
                responsibilities.add(new Responsibility(rows.getString(2), SqlValues.date(rows.getString(3)),
                        links.get(rows.getInt(1))));
            }
        }
        return responsibilities;
    }

    List<Extra> extras(Connection connection, String id) throws SQLException {
        List<Extra> extras = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT text FROM extra WHERE promise_id = ? ORDER BY position")) {
            ResultSet rows = SqlValues.bind(select, id).executeQuery();
            while (rows.next()) {
                extras.add(new Extra(rows.getString(1)));
            }
        }
        return extras;
    }

    /** Line positions by owner position, in the order they were entered. */
    private static Map<Integer, List<Integer>> links(Connection connection, String table, String ownerColumn, String id)
            throws SQLException {
        Map<Integer, List<Integer>> links = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + ownerColumn + ", line_position FROM "
                + table + " WHERE promise_id = ? ORDER BY " + ownerColumn + ", ordinal")) {
            ResultSet rows = SqlValues.bind(select, id).executeQuery();
            while (rows.next()) {
                links.computeIfAbsent(rows.getInt(1), k -> new ArrayList<>()).add(rows.getInt(2));
            }
        }
        return links;
    }
}
