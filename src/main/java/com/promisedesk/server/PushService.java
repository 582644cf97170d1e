package com.promisedesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.promisedesk.check.PromiseChecker;
import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.domain.Promise;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.sync.wire.ChangeResult;
import com.promisedesk.sync.wire.PushResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /v1/push}: a batch of changes, checked whole before any is applied, then
 * applied in one transaction. A change id is applied once; a change based on an older
 * version is kept as a conflict beside the current version; a change to a promise id that
 * is not the rep's is refused on its own, so it never holds up the rest of the rep's work.
 */
final class PushService {

    static final int MAX_BATCH = 500;
    /** Far above any real promise; a bigger one is refused rather than stored. */
    static final int MAX_PROMISE_CHARS = 256 * 1024;

    /** One change, checked. */
    record Checked(int index, UUID changeId, List<UUID> supersedes, UUID promiseId, long baseVersion,
                   Promise promise, String doc, List<UUID> resolves) {
    }

    private final ServerDatabase database;
    private final CatalogService catalogs;
    private final Clock clock;

    PushService(ServerDatabase database, CatalogService catalogs, Clock clock) {
        this.database = database;
        this.catalogs = catalogs;
        this.clock = clock;
    }

    PushResponse push(Principal principal, JsonNode body) throws SQLException {
        OwnPromises.requireRep(principal, "pushes promises");
        List<Checked> changes = check(body);
        ChangeResult[] results = database.write(connection -> apply(connection, principal, changes));
        return new PushResponse(List.of(results));
    }

    private static List<Checked> check(JsonNode body) {
        JsonFields.object(body, "body");
        List<JsonNode> items = JsonFields.array(body.get("changes"), "changes", 1, MAX_BATCH);
        List<Checked> checked = new ArrayList<>();
        Set<UUID> changeIds = new HashSet<>();
        Set<UUID> promiseIds = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "changes[" + i + "]";
            JsonNode item = JsonFields.object(items.get(i), at);
            UUID changeId = JsonFields.uuid(item.get("changeId"), at + ".changeId");
            UUID promiseId = JsonFields.uuid(item.get("promiseId"), at + ".promiseId");
            long base = JsonFields.whole(item.get("baseVersion"), at + ".baseVersion", 0, Long.MAX_VALUE / 2);
            List<UUID> supersedes = uuids(item.get("supersedes"), at + ".supersedes", 10_000);
            List<UUID> resolves = uuids(item.get("resolves"), at + ".resolves", 100);
            JsonNode promiseNode = JsonFields.object(item.get("promise"), at + ".promise");
            String text = promiseNode.toString();
            if (text.length() > MAX_PROMISE_CHARS) {
                throw ApiError.badRequest(at + ".promise", "is " + text.length() + " characters of JSON; at most "
                        + MAX_PROMISE_CHARS);
            }
            Promise promise = parse(text, at + ".promise");
            if (!promise.id().equals(promiseId)) {
                throw ApiError.badRequest(at + ".promise.id", "is " + promise.id() + " but promiseId is " + promiseId);
            }
            if (!changeIds.add(changeId)) {
                throw ApiError.badRequest(at + ".changeId", "repeats a change id of this batch");
            }
            if (!promiseIds.add(promiseId)) {
                throw ApiError.badRequest(at + ".promiseId", "repeats a promise of this batch; send its latest state once");
            }
            checked.add(new Checked(i, changeId, supersedes, promiseId, base, promise, PromiseFile.write(promise), resolves));
        }
        return checked;
    }

    private static Promise parse(String text, String field) {
        try {
            return PromiseFile.parse(text, field);
        } catch (BadFileException e) {
            String inner = e.field() == null || e.field().isEmpty() ? field : field + "." + e.field();
            throw ApiError.badRequest(inner, e.why());
        } catch (InvalidValueException e) {
            throw ApiError.badRequest(field, e.getMessage());
        }
    }

    private static List<UUID> uuids(JsonNode node, String field, int max) {
        List<JsonNode> items = JsonFields.optionalArray(node, field, max);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ids.add(JsonFields.uuid(items.get(i), field + "[" + i + "]"));
        }
        return ids;
    }

    private ChangeResult[] apply(Connection connection, Principal principal, List<Checked> changes) throws SQLException {
        // Dates undated lines for the team's bookings; none published yet, only dated lines are booked.
        PromiseChecker checker = catalogs.latest(connection).map(CatalogService.Latest::checker).orElse(null);
        List<FeedCounter.Row> touched = new ArrayList<>();
        ChangeResult[] results = new ChangeResult[changes.size()];
        // One order for every batch, so two batches never wait on each other's promises in a cycle.
        List<Checked> ordered = new ArrayList<>(changes);
        ordered.sort(Comparator.comparing(Checked::promiseId));
        try (PushBatchRows rows = new PushBatchRows(connection, clock.instant(), checker)) {
            String user = principal.user();
            Set<UUID> claimed = rows.claim(ordered, user);
            Map<UUID, PushBatchRows.Current> current = rows.current(ordered.stream()
                    .filter(c -> claimed.contains(c.changeId())).map(Checked::promiseId).toList());
            for (Checked change : ordered) {
                results[change.index()] = claimed.contains(change.changeId())
                        ? applyClaimed(rows, user, change, current.get(change.promiseId()), touched)
                        : rows.firstAnswer(change.changeId(), user);
            }
            rows.flush();
        }
        FeedCounter.stamp(connection, touched);
        return results;
    }

    /** A change claimed by this push, decided on {@code known} first (read for the whole batch), then on what is current. */
    private static ChangeResult applyClaimed(PushBatchRows rows, String user, Checked change, PushBatchRows.Current known,
                                             List<FeedCounter.Row> touched) throws SQLException {
        ChangeResult result = decide(rows, user, change, known, touched);
        for (int attempt = 1; result == null; attempt++) {
            if (attempt == 5) {
                throw new SQLException("promise " + change.promiseId() + " kept changing under this push", "40001");
            }
            result = decide(rows, user, change, rows.current(change.promiseId()), touched);
        }
        if (!change.resolves().isEmpty() && !ChangeResult.REFUSED.equals(result.outcome())) {
            touched.addAll(rows.resolve(change.resolves(), user, change.promiseId(), change.changeId()));
        }
        rows.recordAnswer(result);
        return result;
    }

    /** Applies or keeps as a conflict; null when a concurrent push got there first (decide again). */
    private static ChangeResult decide(PushBatchRows rows, String user, Checked change, PushBatchRows.Current current,
                                       List<FeedCounter.Row> touched) throws SQLException {
        if (current != null && !current.owner().equals(user)) {
            // Two reps imported one shared file: the id is taken. Only this change is refused, and its
            // answer is recorded, so a retry under the same change id hears the same.
            return new ChangeResult(change.changeId(), ChangeResult.REFUSED, 0, null);
        }
        if (current == null) {
            if (!rows.insert(change, user)) {
                return null;
            }
            touched.add(new FeedCounter.Row("promise", "id", change.promiseId().toString()));
            return new ChangeResult(change.changeId(), ChangeResult.APPLIED, 1, null);
        }
        boolean basedOnCurrent = current.version() == change.baseVersion()
                || change.supersedes().contains(UUID.fromString(current.changeId()));
        if (basedOnCurrent) {
            if (!rows.update(change, current)) {
                return null;
            }
            touched.add(new FeedCounter.Row("promise", "id", change.promiseId().toString()));
            return new ChangeResult(change.changeId(), ChangeResult.APPLIED, current.version() + 1, null);
        }
        if (current.changeId().equals(change.changeId().toString())) {
            // Cannot happen after a successful claim; kept so a broken claim never stores a conflict with itself.
            return new ChangeResult(change.changeId(), ChangeResult.DUPLICATE, current.version(), null);
        }
        UUID conflictId = rows.keepConflict(change, user, current.version());
        touched.add(new FeedCounter.Row("conflict", "id", conflictId.toString()));
        return new ChangeResult(change.changeId(), ChangeResult.CONFLICT, current.version(), conflictId);
    }
}
