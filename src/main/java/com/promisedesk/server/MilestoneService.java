package com.promisedesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import com.promisedesk.sync.wire.MilestonePushResponse;
import com.promisedesk.sync.wire.MilestoneResult;
import com.promisedesk.sync.wire.StoredMilestone;
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
 * {@code POST /v1/milestones} and {@code GET /v1/milestones?promise=ID}: milestone updates of
 * a rep's own promises. Every update is kept (the history, each change id once); the current
 * state of a milestone is its latest update by the device's time, whatever the arrival order.
 */
final class MilestoneService {

    static final int MAX_BATCH = 500;
    static final int MAX_TEXT = 2_000;

    record Checked(int index, UUID changeId, UUID milestoneId, UUID promiseId, int position, String text, String due,
                   boolean done, String updatedAt) {
    }

    private final ServerDatabase database;
    private final Clock clock;

    MilestoneService(ServerDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    MilestonePushResponse push(Principal principal, JsonNode body) throws SQLException {
        OwnPromises.requireRep(principal, "pushes milestone updates");
        List<Checked> updates = check(body);
        List<MilestoneResult> results = database.write(connection -> {
            List<MilestoneResult> answers = PromiseOrder.apply(updates, Checked::promiseId,
                    item -> store(connection, principal.user(), item));
            // A milestone whose current state changed now sits at a new seq in its rep's feed (decision 0025).
            Set<String> changed = new java.util.LinkedHashSet<>();
            for (int i = 0; i < answers.size(); i++) {
                if ("applied".equals(answers.get(i).outcome()) && answers.get(i).current()) {
                    changed.add(updates.get(i).milestoneId().toString());
                }
            }
            FeedCounter.stamp(connection, changed.stream().map(id -> new FeedCounter.Row("milestone", "id", id)).toList());
            return answers;
        });
        return new MilestonePushResponse(results);
    }

    private static List<Checked> check(JsonNode body) {
        JsonFields.object(body, "body");
        List<JsonNode> items = JsonFields.array(body.get("updates"), "updates", 1, MAX_BATCH);
        List<Checked> checked = new ArrayList<>();
        Set<UUID> changeIds = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "updates[" + i + "]";
            JsonNode item = JsonFields.object(items.get(i), at);
            UUID changeId = JsonFields.uuid(item.get("changeId"), at + ".changeId");
            UUID milestoneId = JsonFields.uuid(item.get("milestoneId"), at + ".milestoneId");
            UUID promiseId = JsonFields.uuid(item.get("promiseId"), at + ".promiseId");
            int position = (int) JsonFields.whole(item.get("position"), at + ".position", 1, 10_000);
            String text = JsonFields.text(item.get("text"), at + ".text", MAX_TEXT).strip();
            String due = JsonFields.date(item.get("due"), at + ".due").toString();
            boolean done = JsonFields.bool(item.get("done"), at + ".done");
            String updatedAt = SqlValues.text(JsonFields.instant(item.get("updatedAt"), at + ".updatedAt"));
            if (!changeIds.add(changeId)) {
                throw ApiError.badRequest(at + ".changeId", "repeats a change id of this batch");
            }
            checked.add(new Checked(i, changeId, milestoneId, promiseId, position, text, due, done, updatedAt));
        }
        return checked;
    }

    private MilestoneResult store(Connection connection, String user, Checked u) throws SQLException {
        OwnPromises.require(connection, user, u.promiseId(), "updates[" + u.index() + "].promiseId");
        requireSamePromise(connection, u);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO milestone_update (change_id, milestone_id, promise_id, owner, position, text, due_date, done,"
                        + " updated_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (change_id) DO NOTHING")) {
            Statements.bind(insert, u.changeId().toString(), u.milestoneId().toString(), u.promiseId().toString(), user,
                    u.position(), u.text(), u.due(), u.done() ? 1 : 0, u.updatedAt(), SqlValues.text(clock.instant()));
            if (insert.executeUpdate() == 0) {
                requireOwnChange(connection, user, u.changeId());
                return new MilestoneResult(u.changeId(), "duplicate", isCurrent(connection, u.milestoneId(), u.changeId()));
            }
        }
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO milestone (id, promise_id, owner, position, text, due_date, done, updated_at, change_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET position = excluded.position,"
                        + " text = excluded.text, due_date = excluded.due_date, done = excluded.done,"
                        + " updated_at = excluded.updated_at, change_id = excluded.change_id"
                        + " WHERE excluded.updated_at > milestone.updated_at"
                        + " OR (excluded.updated_at = milestone.updated_at AND excluded.change_id > milestone.change_id)")) {
            Statements.bind(upsert, u.milestoneId().toString(), u.promiseId().toString(), user, u.position(), u.text(), u.due(),
                    u.done() ? 1 : 0, u.updatedAt(), u.changeId().toString());
            upsert.executeUpdate();
        }
        return new MilestoneResult(u.changeId(), "applied", isCurrent(connection, u.milestoneId(), u.changeId()));
    }

    private static void requireOwnChange(Connection connection, String user, UUID changeId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT owner FROM milestone_update WHERE change_id = ?")) {
            Statements.bind(select, changeId.toString());
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next() && !rows.getString(1).equals(user)) {
                    throw ApiError.forbidden("change " + changeId + " was pushed by another user");
                }
            }
        }
    }

    /** A milestone stays with the promise it was first pushed for. */
    private static void requireSamePromise(Connection connection, Checked u) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT promise_id FROM milestone WHERE id = ?")) {
            Statements.bind(select, u.milestoneId().toString());
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next() && !rows.getString(1).equals(u.promiseId().toString())) {
                    throw ApiError.badRequest("updates[" + u.index() + "].milestoneId", "is a milestone of another promise");
                }
            }
        }
    }

    private static boolean isCurrent(Connection connection, UUID milestoneId, UUID changeId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT change_id FROM milestone WHERE id = ?")) {
            Statements.bind(select, milestoneId.toString());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() && rows.getString(1).equals(changeId.toString());
            }
        }
    }

    /** The current state of each milestone of a promise of the rep's, in order, with its number of updates. */
    List<StoredMilestone> list(Principal principal, UUID promiseId) throws SQLException {
        OwnPromises.requireRep(principal, "reads milestones");
        return database.read(connection -> {
            List<StoredMilestone> all = new ArrayList<>();
            if (!OwnPromises.known(connection, principal.user(), promiseId)) {
                return all;
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT m.id, m.position, m.text, m.due_date, m.done, m.updated_at,"
                            + " (SELECT count(*) FROM milestone_update u WHERE u.milestone_id = m.id)"
                            + " FROM milestone m WHERE m.promise_id = ? ORDER BY m.position, m.updated_at, m.id")) {
                Statements.bind(select, promiseId.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        all.add(new StoredMilestone(UUID.fromString(rows.getString(1)), rows.getInt(2), rows.getString(3),
                                java.time.LocalDate.parse(rows.getString(4)), rows.getInt(5) == 1,
                                SqlValues.instant(rows.getString(6)), rows.getInt(7)));
                    }
                }
            }
            return all;
        });
    }
}
