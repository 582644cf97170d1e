package com.promisedesk.store;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.Extra;
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
 * Reads the parts of a promise that {@link PromiseRows} wrote: lines with their terms,
 * expectations and responsibilities with their links to lines, extras, each list in the
 * order of its positions.
 */
final class PromiseParts {

    List<CommitmentLine> lines(Connection connection, long key) throws SQLException {
        Map<Integer, Map<String, BigDecimal>> terms = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT line_position, term_key, value FROM line_term WHERE promise_key = ?")) {
            ResultSet rows = SqlValues.bind(select, key).executeQuery();
            while (rows.next()) {
                terms.computeIfAbsent(rows.getInt(1), k -> new HashMap<>())
                        .put(rows.getString(2), new BigDecimal(rows.getString(3)));
            }
        }
        List<CommitmentLine> lines = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT position, capability, bespoke, quantity, due_date, under_promise_reason"
                        + " FROM commitment_line WHERE promise_key = ? ORDER BY position")) {
            ResultSet rows = SqlValues.bind(select, key).executeQuery();
            while (rows.next()) {
                lines.add(new CommitmentLine(rows.getString(2), rows.getString(3), rows.getInt(4),
                        SqlValues.date(rows.getString(5)), terms.get(rows.getInt(1)), rows.getString(6)));
            }
        }
        return lines;
    }

    List<Expectation> expectations(Connection connection, long key) throws SQLException {
        Map<Integer, List<Integer>> links = links(connection, "expectation_line", "expectation_position", key);
        List<Expectation> expectations = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT position, text, status, clarified FROM expectation WHERE promise_key = ? ORDER BY position")) {
            ResultSet rows = SqlValues.bind(select, key).executeQuery();
            while (rows.next()) {
                expectations.add(new Expectation(rows.getString(2), links.get(rows.getInt(1)),
                        ExpectationStatus.valueOf(rows.getString(3)), rows.getString(4)));
            }
        }
        return expectations;
    }

    List<Responsibility> responsibilities(Connection connection, long key) throws SQLException {
        Map<Integer, List<Integer>> links = links(connection, "responsibility_line", "responsibility_position", key);
        List<Responsibility> responsibilities = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT position, text, due_date FROM responsibility WHERE promise_key = ? ORDER BY position")) {
            ResultSet rows = SqlValues.bind(select, key).executeQuery();
            while (rows.next()) {
                responsibilities.add(new Responsibility(rows.getString(2), SqlValues.date(rows.getString(3)),
                        links.get(rows.getInt(1))));
            }
        }
        return responsibilities;
    }

    List<Extra> extras(Connection connection, long key) throws SQLException {
        List<Extra> extras = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT text FROM extra WHERE promise_key = ? ORDER BY position")) {
            ResultSet rows = SqlValues.bind(select, key).executeQuery();
            while (rows.next()) {
                extras.add(new Extra(rows.getString(1)));
            }
        }
        return extras;
    }

    /** Line positions by owner position, in the order they were entered. */
    private static Map<Integer, List<Integer>> links(Connection connection, String table, String ownerColumn, long key)
            throws SQLException {
        Map<Integer, List<Integer>> links = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + ownerColumn + ", line_position FROM "
                + table + " WHERE promise_key = ? ORDER BY " + ownerColumn + ", ordinal")) {
            ResultSet rows = SqlValues.bind(select, key).executeQuery();
            while (rows.next()) {
                links.computeIfAbsent(rows.getInt(1), k -> new ArrayList<>()).add(rows.getInt(2));
            }
        }
        return links;
    }
}
