package com.promisedesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import com.promisedesk.sync.wire.DeliveryPushResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /v1/deliveries}: the delivery marks of a rep's own promises (line delivered or
 * cancelled by us, promise withdrawn by the customer). Marks are history: each is stored once
 * under its change id, never changed, and joins its rep's feed for the rep's other devices.
 */
final class DeliveryService {

    static final int MAX_BATCH = 500;
    static final int MAX_REASON = 2_000;
    static final String APPLIED = "applied";
    static final String DUPLICATE = "duplicate";

    record Checked(int index, UUID changeId, UUID promiseId, Integer line, String kind, String on, String reason,
                   String recordedAt) {
    }

    private final ServerDatabase database;
    private final Clock clock;

    DeliveryService(ServerDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    DeliveryPushResponse push(Principal principal, JsonNode body) throws SQLException {
        OwnPromises.requireRep(principal, "pushes delivery marks");
        List<Checked> marks = check(body);
        return new DeliveryPushResponse(database.write(connection -> {
            List<DeliveryPushResponse.Result> answers = PromiseOrder.apply(marks, Checked::promiseId,
                    mark -> store(connection, principal.user(), mark));
            List<FeedCounter.Row> stored = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                if (APPLIED.equals(answers.get(i).outcome())) {
                    stored.add(new FeedCounter.Row("delivery_mark", "change_id", marks.get(i).changeId().toString()));
                }
            }
            FeedCounter.stamp(connection, stored);
            return answers;
        }));
    }

    private static List<Checked> check(JsonNode body) {
        JsonFields.object(body, "body");
        List<JsonNode> items = JsonFields.array(body.get("marks"), "marks", 1, MAX_BATCH);
        List<Checked> checked = new ArrayList<>();
        Set<UUID> changeIds = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "marks[" + i + "]";
            JsonNode item = JsonFields.object(items.get(i), at);
            UUID changeId = JsonFields.uuid(item.get("changeId"), at + ".changeId");
            UUID promiseId = JsonFields.uuid(item.get("promiseId"), at + ".promiseId");
            String kind = JsonFields.matching(item.get("kind"), at + ".kind", "DELIVERED|CANCELLED|WITHDRAWN",
                    "is not DELIVERED, CANCELLED or WITHDRAWN");
            JsonNode lineNode = item.get("line");
            boolean withdrawn = kind.equals("WITHDRAWN");
            Integer line = lineNode == null || lineNode.isNull() ? null : (int) JsonFields.whole(lineNode, at + ".line", 0, 9_999);
            if (withdrawn != (line == null)) {
                throw ApiError.badRequest(at + ".line", withdrawn ? "must be absent when the promise is withdrawn"
                        : "is required: the line delivered or cancelled, from 0");
            }
            JsonNode reasonNode = item.get("reason");
            String reason = reasonNode == null || reasonNode.isNull() ? null
                    : JsonFields.text(reasonNode, at + ".reason", MAX_REASON).strip();
            if (!kind.equals("DELIVERED") && (reason == null || reason.isEmpty())) {
                throw ApiError.badRequest(at + ".reason", "is required when a line is cancelled or the promise withdrawn");
            }
            String on = JsonFields.date(item.get("on"), at + ".on").toString();
            String recordedAt = SqlValues.text(JsonFields.instant(item.get("recordedAt"), at + ".recordedAt"));
            if (!changeIds.add(changeId)) {
                throw ApiError.badRequest(at + ".changeId", "repeats a change id of this batch");
            }
            checked.add(new Checked(i, changeId, promiseId, line, kind, on, reason, recordedAt));
        }
        return checked;
    }

    private DeliveryPushResponse.Result store(Connection connection, String user, Checked m) throws SQLException {
        OwnPromises.require(connection, user, m.promiseId(), "marks[" + m.index() + "].promiseId");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO delivery_mark (change_id, promise_id, owner, line, kind, on_date, reason, recorded_at,"
                        + " received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (change_id) DO NOTHING")) {
            Statements.bind(insert, m.changeId().toString(), m.promiseId().toString(), user, m.line(), m.kind(), m.on(),
                    m.reason(), m.recordedAt(), SqlValues.text(clock.instant()));
            if (insert.executeUpdate() == 1) {
                return new DeliveryPushResponse.Result(m.changeId(), APPLIED);
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT owner FROM delivery_mark WHERE change_id = ?")) {
            Statements.bind(select, m.changeId().toString());
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next() && !rows.getString(1).equals(user)) {
                    throw ApiError.forbidden("change " + m.changeId() + " was pushed by another user");
                }
            }
        }
        return new DeliveryPushResponse.Result(m.changeId(), DUPLICATE);
    }
}
