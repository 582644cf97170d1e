package com.promisedesk.sync;

import static com.promisedesk.sync.SyncPromises.promise;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.domain.Promise;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.sync.wire.Change;
import com.promisedesk.sync.wire.ChangeResult;
import com.promisedesk.sync.wire.PushRequest;
import com.promisedesk.sync.wire.PushResponse;
import com.promisedesk.sync.wire.WireJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The central store's database busy (its write lock held by another connection) for longer
 * than a write waits: each push meanwhile is answered busy and stores nothing; afterwards
 * every push is one transaction again, a batch refused whole records nothing, and a change
 * retried after any failure applies exactly once.
 */
abstract class BusyStoreScenarios extends CentralStoreScenarios {

    /** Short, so the lock below is held well past it without a slow test. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(1);

    private final ObjectMapper json = WireJson.mapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    Duration lockWait() {
        return LOCK_WAIT;
    }

    @Test
    void afterTheDatabaseWasBusyEveryPushIsWholeAndARetriedChangeAppliesOnce() throws Exception {
        String anna = central.token("anna", "rep");
        Device laptop = device("laptop", anna);
        laptop.save(promise("Northwind Traders", "Pushed before the lock"));
        laptop.sync();
        Device bobs = device("bob", central.token("bob", "rep"));
        bobs.save(promise("Contoso", "Bob's own deal"));
        bobs.sync();

        Promise duringLock = promise("Fabrikam", "Pushed while the database is locked");
        Change busyChange = change(UUID.randomUUID(), duringLock);
        try (AutoCloseable lock = backend().holdWriteLock(dir)) {
            // Several pushes, so more than one pooled connection meets the busy database.
            for (int i = 0; i < 4; i++) {
                HttpResponse<String> busy = post(anna, List.of(busyChange));
                assertThat(busy.statusCode()).as("push %d while locked: %s", i, busy.body()).isEqualTo(503);
                assertThat(busy.headers().firstValue("Retry-After")).as("push %d while locked", i).isPresent();
            }
        }
        assertThat(storedCopies(duringLock)).as("stored by a push answered busy").isZero();
        assertThat(answered(busyChange.changeId())).as("recorded by a push answered busy").isZero();

        // The same change retried: applied once, then the first answer again.
        assertOutcome(post(anna, List.of(busyChange)), ChangeResult.APPLIED, 1);
        assertOutcome(post(anna, List.of(busyChange)), ChangeResult.DUPLICATE, 1);
        assertThat(storedCopies(duringLock)).isEqualTo(1);

        // A batch refused whole (one change id is Bob's) records nothing of its new promise.
        String bobsChangeId = central.database().read(connection -> {
            try (var select = connection.prepareStatement("SELECT change_id FROM applied_change WHERE owner = 'bob'");
                 var rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        });
        Promise fresh = promise("Tailspin Toys", "New, in a refused batch");
        Change freshChange = change(UUID.randomUUID(), fresh);
        HttpResponse<String> refused = post(anna, List.of(freshChange,
                change(UUID.fromString(bobsChangeId), promise("Litware", "Under Bob's change id"))));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(answered(freshChange.changeId())).as("recorded for a refused batch").isZero();
        assertThat(storedCopies(fresh)).as("stored for a refused batch").isZero();
        assertOutcome(post(anna, List.of(freshChange)), ChangeResult.APPLIED, 1);
        assertOutcome(post(anna, List.of(freshChange)), ChangeResult.DUPLICATE, 1);
        assertThat(storedCopies(fresh)).isEqualTo(1);

        // The device syncs on: every round answered, every promise stored once, nothing left half done.
        for (int i = 0; i < 5; i++) {
            laptop.save(promise("Customer " + i, "Saved after the lock " + i));
            laptop.sync();
        }
        assertThat(laptop.store().sync().pendingChanges()).isZero();
        assertThat(central.count("SELECT count(*) FROM promise WHERE owner = 'anna'")).isEqualTo(1 + 1 + 1 + 5);
        assertThat(central.count("SELECT count(*) FROM applied_change WHERE outcome = 'pending'")).isZero();
        assertThat(central.count("SELECT count(*) FROM applied_change WHERE change_id = 'lock-holder'")).isZero();
    }

    @Test
    void aChangeLeftPendingByAnEarlierVersionIsAppliedOnceWhenRetried() throws Exception {
        String anna = central.token("anna", "rep");
        Promise lost = promise("Fabrikam", "Claimed, never applied");
        Change change = change(UUID.randomUUID(), lost);
        // What a batch refused while writes ran outside any transaction left behind.
        central.database().write(connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO applied_change (change_id, owner, promise_id,"
                    + " outcome, version, applied_at) VALUES (?, 'anna', ?, 'pending', 0, '2026-11-23T10:00:00Z')")) {
                insert.setString(1, change.changeId().toString());
                insert.setString(2, lost.id().toString());
                return insert.executeUpdate();
            }
        });

        assertOutcome(post(anna, List.of(change)), ChangeResult.APPLIED, 1);
        assertOutcome(post(anna, List.of(change)), ChangeResult.DUPLICATE, 1);
        assertThat(storedCopies(lost)).isEqualTo(1);
        // Another rep retrying the id takes nothing over.
        HttpResponse<String> bobs = post(central.token("bob", "rep"), List.of(change(change.changeId(),
                promise("Litware", "Under Anna's change id"))));
        assertThat(bobs.statusCode()).as(bobs.body()).isEqualTo(403);
        assertThat(central.count("SELECT count(*) FROM promise WHERE owner = 'bob'")).isZero();
    }

    private Change change(UUID changeId, Promise promise) throws Exception {
        return new Change(changeId, List.of(), promise.id(), 0, json.readTree(PromiseFile.write(promise)), List.of());
    }

    /** A push as a device sends it; a client timeout well past the lock wait, so a store that never answers fails here. */
    private HttpResponse<String> post(String token, List<Change> changes) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(central.url() + "/v1/push"))
                .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(new PushRequest(changes)))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void assertOutcome(HttpResponse<String> response, String outcome, long version) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        ChangeResult result = json.readValue(response.body(), PushResponse.class).results().get(0);
        assertThat(result.outcome()).as(response.body()).isEqualTo(outcome);
        assertThat(result.version()).as(response.body()).isEqualTo(version);
    }

    private long storedCopies(Promise promise) throws Exception {
        return central.count("SELECT count(*) FROM promise WHERE id = '" + promise.id() + "'");
    }

    private long answered(UUID changeId) throws Exception {
        return central.count("SELECT count(*) FROM applied_change WHERE change_id = '" + changeId + "'");
    }
}
