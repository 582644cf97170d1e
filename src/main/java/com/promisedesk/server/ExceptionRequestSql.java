package com.promisedesk.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import com.promisedesk.sync.wire.Decided;
import com.promisedesk.sync.wire.ExceptionRequestState;
import com.promisedesk.sync.wire.RequestedLine;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The SQL of exception requests, on the caller's connection. Portable between SQLite and PostgreSQL. */
final class ExceptionRequestSql {

    /** The columns {@link #states} reads, from {@code exception_request r} left-joined to {@code promise p}. */
    static final String SELECT = "SELECT r.seq, r.id, r.promise_id, r.owner, p.doc, r.position, r.line_doc, r.tier,"
            + " r.approvers, r.reason, r.requested_at, r.status FROM exception_request r"
            + " LEFT JOIN promise p ON p.id = r.promise_id ";

    private final Connection connection;
    private final ObjectMapper json;

    ExceptionRequestSql(Connection connection, ObjectMapper json) {
        this.connection = connection;
        this.json = json;
    }

    /** The owner of a request, or null when the id is unknown. */
    String owner(UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT owner FROM exception_request WHERE id = ?")) {
            select.setString(1, id.toString());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** Stores a new request; false when one with its id is stored already (nothing written then). */
    boolean insert(ExceptionRequestBodies.Checked request, String owner, List<String> approvers, String now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO exception_request (id, promise_id, owner, position, line_doc, tier, approvers, reason,"
                        + " requested_at, status, seq, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)"
                        + " ON CONFLICT (id) DO NOTHING")) {
            insert.setString(1, request.id().toString());
            insert.setString(2, request.promiseId().toString());
            insert.setString(3, owner);
            insert.setInt(4, request.line());
            insert.setString(5, write(request.requested()));
            insert.setInt(6, request.tier());
            insert.setString(7, write(approvers));
            insert.setString(8, request.reason());
            insert.setString(9, SqlValues.text(request.requestedAt()));
            insert.setString(10, now);
            return insert.executeUpdate() == 1;
        }
    }

    /** Whether {@code role} has decided the request before. */
    boolean decided(UUID id, String role) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM exception_decision WHERE request_id = ? AND role = ?")) {
            select.setString(1, id.toString());
            select.setString(2, role);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    void insertDecision(UUID id, String role, String approver, String decision, String note, String now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO exception_decision (request_id, role, approver, decision, note, decided_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id.toString());
            insert.setString(2, role);
            insert.setString(3, approver);
            insert.setString(4, decision);
            insert.setString(5, note);
            insert.setString(6, now);
            insert.executeUpdate();
        }
    }

    void setStatus(UUID id, String status) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE exception_request SET status = ? WHERE id = ?")) {
            update.setString(1, status);
            update.setString(2, id.toString());
            update.executeUpdate();
        }
    }

    /** The requests {@code where} (after {@link #SELECT}) selects, bound to {@code values}, with their decisions. */
    List<ExceptionRequestState> states(String where, Object... values) throws SQLException {
        List<ExceptionRequestState> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT + where)) {
            try (ResultSet rows = Statements.bind(select, values).executeQuery()) {
                while (rows.next()) {
                    JsonNode promise = rows.getString(5) == null ? null : tree(rows.getString(5));
                    String id = rows.getString(2);
                    found.add(new ExceptionRequestState(rows.getLong(1), UUID.fromString(id), UUID.fromString(rows.getString(3)),
                            rows.getString(4), promise == null ? null : promise.path("customer").path("name").asText(null),
                            promise == null ? null : promise.path("title").asText(null), rows.getInt(6),
                            read(rows.getString(7), new TypeReference<RequestedLine>() { }), rows.getInt(8),
                            read(rows.getString(9), new TypeReference<List<String>>() { }), rows.getString(10),
                            SqlValues.instant(rows.getString(11)), rows.getString(12), List.of()));
                }
            }
        }
        List<ExceptionRequestState> withDecisions = new ArrayList<>();
        for (ExceptionRequestState s : found) {
            withDecisions.add(new ExceptionRequestState(s.seq(), s.id(), s.promiseId(), s.rep(), s.customer(), s.title(), s.line(),
                    s.requested(), s.tier(), s.approvers(), s.reason(), s.requestedAt(), s.status(), decisions(s.id())));
        }
        return withDecisions;
    }

    private List<Decided> decisions(UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT role, approver, decision, note, decided_at FROM exception_decision WHERE request_id = ?"
                        + " ORDER BY decided_at, role")) {
            select.setString(1, id.toString());
            List<Decided> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new Decided(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            SqlValues.instant(rows.getString(5))));
                }
            }
            return found;
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored exception request is not JSON", e);
        }
    }

    private JsonNode tree(String doc) {
        return read(doc, new TypeReference<JsonNode>() { });
    }
}
