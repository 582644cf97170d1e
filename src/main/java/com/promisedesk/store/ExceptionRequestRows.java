package com.promisedesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.ExceptionRequest;
import com.promisedesk.domain.ExceptionRequest.Decision;
import com.promisedesk.domain.ExceptionRequest.RoleDecision;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The SQL of {@link ExceptionRequests} on the caller's connection: one request row and its decisions. */
final class ExceptionRequestRows {

    static final String COLUMNS = "r.id, r.promise_id, r.position, r.capability, r.bespoke, r.quantity, r.line_date,"
            + " r.terms, r.tier, r.approvers, r.reason, r.requested_at, r.status";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private ExceptionRequestRows() {
    }

    /** Inserts {@code request} or, when its id is known, takes the status and decisions given. */
    static void put(Connection connection, ExceptionRequest request) throws SQLException {
        CommitmentLine line = request.requested();
        String id = request.id().toString();
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO exception_request (id, promise_id, position, capability, bespoke, quantity, line_date, terms,"
                        + " tier, approvers, reason, requested_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET status = excluded.status, approvers = excluded.approvers")) {
            Statements.bind(upsert, id, request.promiseId().toString(), request.line(), line.capability(),
                    line.bespoke(), line.quantity(), line.date() == null ? null : SqlValues.text(line.date()),
                    json(new TreeMap<>(line.terms())), request.tier(), json(request.approvers()), request.reason(),
                    SqlValues.text(request.requestedAt()), request.status().name()).executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM exception_decision WHERE request_id = ?")) {
            Statements.bind(delete, id).executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO exception_decision (request_id, role, approver, decision, note, decided_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (RoleDecision d : request.decisions()) {
                Statements.bind(insert, id, d.role(), d.approver(), d.decision().name(), d.note(),
                        SqlValues.text(d.decidedAt())).executeUpdate();
            }
        }
    }

    /** The requests a query selects; it must select {@link #COLUMNS} first, from {@code exception_request r}. */
    static List<ExceptionRequest> read(Connection connection, ResultSet rows) throws SQLException {
        List<ExceptionRequest> found = new ArrayList<>();
        while (rows.next()) {
            found.add(read(connection, rows, 0));
        }
        return found;
    }

    /** One request from the row at {@code rows}, its columns starting after {@code offset}. */
    static ExceptionRequest read(Connection connection, ResultSet rows, int offset) throws SQLException {
        String id = rows.getString(offset + 1);
        String date = rows.getString(offset + 7);
        CommitmentLine line = new CommitmentLine(rows.getString(offset + 4), rows.getString(offset + 5),
                rows.getInt(offset + 6), date == null ? null : SqlValues.date(date),
                parse(rows.getString(offset + 8), new TypeReference<Map<String, BigDecimal>>() { }), null);
        return new ExceptionRequest(SqlValues.uuid(id), SqlValues.uuid(rows.getString(offset + 2)),
                rows.getInt(offset + 3), line, rows.getInt(offset + 9),
                parse(rows.getString(offset + 10), new TypeReference<List<String>>() { }), rows.getString(offset + 11),
                SqlValues.instant(rows.getString(offset + 12)), Decision.valueOf(rows.getString(offset + 13)),
                decisions(connection, id));
    }

    private static List<RoleDecision> decisions(Connection connection, String requestId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT role, approver, decision, note, decided_at FROM exception_decision WHERE request_id = ?"
                        + " ORDER BY decided_at, role")) {
            ResultSet rows = Statements.bind(select, requestId).executeQuery();
            List<RoleDecision> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new RoleDecision(rows.getString(1), rows.getString(2), Decision.valueOf(rows.getString(3)),
                        rows.getString(4), SqlValues.instant(rows.getString(5))));
            }
            return found;
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("could not write " + value + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T parse(String text, TypeReference<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored exception request holds unreadable JSON: " + e.getOriginalMessage(), e);
        }
    }
}
