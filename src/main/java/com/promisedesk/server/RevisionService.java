package com.promisedesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.promisedesk.file.Sha256;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import com.promisedesk.sync.wire.RevisionPushResponse;
import com.promisedesk.sync.wire.RevisionResult;
import com.promisedesk.sync.wire.StoredRevision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /v1/revisions} and {@code GET /v1/revisions?promise=ID}: issued revisions of a
 * rep's own promises, checked whole (the SHA-256 of the bytes included) before any is stored, then
 * stored in one transaction. Rows are only inserted: a revision is never overwritten, and
 * a second content under the same number is kept beside the first.
 */
final class RevisionService {

    static final int MAX_BATCH = 500;
    /** Far above any written summary; the body limit (16 MiB by default) caps a batch anyway. */
    static final int MAX_CONTENT_BYTES = 10 * 1024 * 1024;

    /** One revision, checked: its sha256 is that of its bytes. */
    record Checked(int index, UUID changeId, UUID promiseId, int number, String issuedAt, String format,
                   String fingerprint, String sha256, int bytes, String content) {
    }

    private final ServerDatabase database;
    private final Clock clock;

    RevisionService(ServerDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    RevisionPushResponse push(Principal principal, JsonNode body) throws SQLException {
        OwnPromises.requireRep(principal, "pushes revisions");
        List<Checked> revisions = check(body);
        List<RevisionResult> results = database.write(connection -> {
            List<RevisionResult> answers = PromiseOrder.apply(revisions, Checked::promiseId,
                    item -> store(connection, principal.user(), item));
            // Each revision stored now joins its rep's feed, for the rep's other devices (decision 0025).
            List<FeedCounter.Row> stored = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                if (!RevisionResult.DUPLICATE.equals(answers.get(i).outcome())) {
                    stored.add(new FeedCounter.Row("revision", "change_id", revisions.get(i).changeId().toString()));
                }
            }
            FeedCounter.stamp(connection, stored);
            return answers;
        });
        return new RevisionPushResponse(results);
    }

    private static List<Checked> check(JsonNode body) {
        JsonFields.object(body, "body");
        List<JsonNode> items = JsonFields.array(body.get("revisions"), "revisions", 1, MAX_BATCH);
        List<Checked> checked = new ArrayList<>();
        Set<UUID> changeIds = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "revisions[" + i + "]";
            JsonNode item = JsonFields.object(items.get(i), at);
            UUID changeId = JsonFields.uuid(item.get("changeId"), at + ".changeId");
            UUID promiseId = JsonFields.uuid(item.get("promiseId"), at + ".promiseId");
            int number = (int) JsonFields.whole(item.get("number"), at + ".number", 1, 1_000_000);
            String issuedAt = SqlValues.text(JsonFields.instant(item.get("issuedAt"), at + ".issuedAt"));
            String format = JsonFields.matching(item.get("format"), at + ".format", "[a-z0-9]{1,10}",
                    "must be a file format such as pdf, html, md or txt");
            String fingerprint = JsonFields.matching(item.get("fingerprint"), at + ".fingerprint", "[0-9a-f]{64}",
                    "must be 64 lower-case hex digits");
            String sha256 = JsonFields.matching(item.get("sha256"), at + ".sha256", "[0-9a-f]{64}",
                    "must be 64 lower-case hex digits");
            String content = JsonFields.text(item.get("content"), at + ".content", (MAX_CONTENT_BYTES + 2) / 3 * 4);
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(content);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest(at + ".content", "is not base64 (RFC 4648 with padding): " + e.getMessage());
            }
            String actual = Sha256.of(bytes);
            if (!actual.equals(sha256)) {
                throw ApiError.badRequest(at + ".sha256", "is " + sha256 + " but the SHA-256 of the " + bytes.length
                        + " bytes of content is " + actual);
            }
            if (!changeIds.add(changeId)) {
                throw ApiError.badRequest(at + ".changeId", "repeats a change id of this batch");
            }
            checked.add(new Checked(i, changeId, promiseId, number, issuedAt, format, fingerprint, sha256, bytes.length,
                    content));
        }
        return checked;
    }

    private RevisionResult store(Connection connection, String user, Checked r) throws SQLException {
        String field = "revisions[" + r.index() + "].promiseId";
        // Takes the promise row's lock first, so two devices' "revision 2" are stored one after
        // the other and the second is told it was kept beside the first (PostgreSQL; SQLite has one writer).
        try (PreparedStatement lock = connection.prepareStatement("UPDATE promise SET owner = owner WHERE id = ?")) {
            lock.setString(1, r.promiseId().toString());
            lock.executeUpdate();
        }
        OwnPromises.require(connection, user, r.promiseId(), field);
        RevisionResult first = firstAnswer(connection, user, r.changeId());
        if (first != null) {
            return first;
        }
        List<String> others = sameNumber(connection, r.promiseId().toString(), r.number(), r.sha256());
        String outcome = others.isEmpty() ? RevisionResult.APPLIED : RevisionResult.KEPT_BESIDE;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO revision (promise_id, number, sha256, fingerprint, owner, format, issued_at, byte_count,"
                        + " content, change_id, outcome, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")) {
            Statements.bind(insert, r.promiseId().toString(), r.number(), r.sha256(), r.fingerprint(), user, r.format(),
                    r.issuedAt(), r.bytes(),
                    r.content(), r.changeId().toString(), outcome, SqlValues.text(clock.instant()));
            if (insert.executeUpdate() == 1) {
                return new RevisionResult(r.changeId(), outcome, others);
            }
        }
        // These very bytes under this number were stored before, from another change.
        return new RevisionResult(r.changeId(), RevisionResult.DUPLICATE, others);
    }

    /** The first answer to a change id seen before (applied becomes duplicate), or null. */
    private static RevisionResult firstAnswer(Connection connection, String user, UUID changeId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT owner, promise_id, number, sha256, outcome FROM revision WHERE change_id = ?")) {
            Statements.bind(select, changeId.toString());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                if (!rows.getString(1).equals(user)) {
                    throw ApiError.forbidden("change " + changeId + " was pushed by another user");
                }
                String outcome = rows.getString(5);
                List<String> others = sameNumber(connection, rows.getString(2), rows.getInt(3), rows.getString(4));
                return new RevisionResult(changeId, RevisionResult.APPLIED.equals(outcome) ? RevisionResult.DUPLICATE
                        : outcome, others);
            }
        }
    }

    private static List<String> sameNumber(Connection connection, String promiseId, int number, String sha256)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT sha256 FROM revision WHERE promise_id = ? AND number = ? AND sha256 <> ? ORDER BY received_at, sha256")) {
            Statements.bind(select, promiseId, number, sha256);
            List<String> others = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    others.add(rows.getString(1));
                }
            }
            return others;
        }
    }

    /** Every revision the central store holds for a promise of the rep's, by number, without content. */
    List<StoredRevision> list(Principal principal, UUID promiseId) throws SQLException {
        OwnPromises.requireRep(principal, "reads revisions");
        return database.read(connection -> {
            List<StoredRevision> all = new ArrayList<>();
            if (!OwnPromises.known(connection, principal.user(), promiseId)) {
                return all;
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT number, sha256, fingerprint, format, issued_at, byte_count, received_at FROM revision"
                            + " WHERE promise_id = ? ORDER BY number, received_at, sha256")) {
                Statements.bind(select, promiseId.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        all.add(new StoredRevision(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
                                SqlValues.instant(rows.getString(5)), rows.getLong(6), SqlValues.instant(rows.getString(7))));
                    }
                }
            }
            return all;
        });
    }
}
