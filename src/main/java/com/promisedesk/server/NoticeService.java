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
 * {@code POST /v1/notices}: the issued customer notices of a rep's own promises (decision 0025).
 * A notice is stored once by its id and never changed, except that the time it was marked sent is
 * taken once; either joins its rep's feed, for the rep's other devices. Answers as for delivery
 * marks: {@code applied} when something was stored, {@code duplicate} when it was there already.
 */
final class NoticeService {

    static final int MAX_BATCH = 500;
    static final int MAX_TEXT = 20_000;
    static final int MAX_BODY = 1_000_000;

    record Checked(int index, UUID changeId, UUID id, UUID promiseId, String kind, String language, String changed,
                   String plan, String body, int revision, String sha256, String draftedAt, String issuedAt,
                   String sentAt) {
    }

    private final ServerDatabase database;
    private final Clock clock;

    NoticeService(ServerDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    DeliveryPushResponse push(Principal principal, JsonNode body) throws SQLException {
        OwnPromises.requireRep(principal, "pushes customer notices");
        List<Checked> notices = check(body);
        return new DeliveryPushResponse(database.write(connection -> {
            List<DeliveryPushResponse.Result> answers = PromiseOrder.apply(notices, Checked::promiseId,
                    notice -> store(connection, principal.user(), notice));
            Set<String> stored = new java.util.LinkedHashSet<>();
            for (int i = 0; i < answers.size(); i++) {
                if (DeliveryService.APPLIED.equals(answers.get(i).outcome())) {
                    stored.add(notices.get(i).id().toString());
                }
            }
            FeedCounter.stamp(connection, stored.stream().map(id -> new FeedCounter.Row("notice", "id", id)).toList());
            return answers;
        }));
    }

    private static List<Checked> check(JsonNode body) {
        JsonFields.object(body, "body");
        List<JsonNode> items = JsonFields.array(body.get("notices"), "notices", 1, MAX_BATCH);
        List<Checked> checked = new ArrayList<>();
        Set<UUID> changeIds = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "notices[" + i + "]";
            JsonNode item = JsonFields.object(items.get(i), at);
            UUID changeId = JsonFields.uuid(item.get("changeId"), at + ".changeId");
            JsonNode sent = item.get("sentAt");
            Checked notice = new Checked(i, changeId, JsonFields.uuid(item.get("id"), at + ".id"),
                    JsonFields.uuid(item.get("promiseId"), at + ".promiseId"),
                    JsonFields.matching(item.get("kind"), at + ".kind", "CHANGE|UPDATE", "is not CHANGE or UPDATE"),
                    JsonFields.matching(item.get("language"), at + ".language", "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*",
                            "is not a language tag such as en or de"),
                    JsonFields.text(item.get("changed"), at + ".changed", MAX_TEXT),
                    JsonFields.text(item.get("plan"), at + ".plan", MAX_TEXT),
                    JsonFields.text(item.get("body"), at + ".body", MAX_BODY),
                    (int) JsonFields.whole(item.get("revision"), at + ".revision", 1, 1_000_000),
                    JsonFields.matching(item.get("sha256"), at + ".sha256", "[0-9a-f]{64}", "is not 64 lower-case hex digits"),
                    SqlValues.text(JsonFields.instant(item.get("draftedAt"), at + ".draftedAt")),
                    SqlValues.text(JsonFields.instant(item.get("issuedAt"), at + ".issuedAt")),
                    sent == null || sent.isNull() ? null : SqlValues.text(JsonFields.instant(sent, at + ".sentAt")));
            if (notice.plan().isBlank()) {
                throw ApiError.badRequest(at + ".plan", "is empty: a notice is issued with our plan");
            }
            if (!changeIds.add(changeId)) {
                throw ApiError.badRequest(at + ".changeId", "repeats a change id of this batch");
            }
            checked.add(notice);
        }
        return checked;
    }

    private DeliveryPushResponse.Result store(Connection connection, String user, Checked n) throws SQLException {
        OwnPromises.require(connection, user, n.promiseId(), "notices[" + n.index() + "].promiseId");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO notice (id, promise_id, owner, kind, language, changed, plan, body, revision, sha256,"
                        + " drafted_at, issued_at, sent_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO NOTHING")) {
            Statements.bind(insert, n.id().toString(), n.promiseId().toString(), user, n.kind(), n.language(), n.changed(),
                    n.plan(), n.body(), n.revision(), n.sha256(), n.draftedAt(), n.issuedAt(), n.sentAt(),
                    SqlValues.text(clock.instant()));
            if (insert.executeUpdate() == 1) {
                return new DeliveryPushResponse.Result(n.changeId(), DeliveryService.APPLIED);
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT owner, promise_id FROM notice WHERE id = ?")) {
            try (ResultSet rows = Statements.bind(select, n.id().toString()).executeQuery()) {
                rows.next();
                if (!rows.getString(1).equals(user) || !rows.getString(2).equals(n.promiseId().toString())) {
                    throw ApiError.forbidden("notice " + n.id() + " was pushed by another user or for another promise");
                }
            }
        }
        if (n.sentAt() != null) {
            // What the notice says is fixed; the one later fact is that it was sent, taken once.
            try (PreparedStatement sent = connection.prepareStatement(
                    "UPDATE notice SET sent_at = ? WHERE id = ? AND sent_at IS NULL")) {
                if (Statements.bind(sent, n.sentAt(), n.id().toString()).executeUpdate() == 1) {
                    return new DeliveryPushResponse.Result(n.changeId(), DeliveryService.APPLIED);
                }
            }
        }
        return new DeliveryPushResponse.Result(n.changeId(), DeliveryService.DUPLICATE);
    }
}
