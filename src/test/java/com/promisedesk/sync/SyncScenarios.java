package com.promisedesk.sync;

import static com.promisedesk.sync.SyncPromises.promise;
import static com.promisedesk.sync.SyncPromises.recustomered;
import static com.promisedesk.sync.SyncPromises.retitled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.store.Conflict;
import com.promisedesk.store.SyncRecords;
import com.promisedesk.sync.wire.Change;
import com.promisedesk.sync.wire.ChangeResult;
import com.promisedesk.sync.wire.PushRequest;
import com.promisedesk.sync.wire.PushResponse;
import com.promisedesk.sync.wire.WireJson;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Client and server in one JVM on loopback; run against each backend by its subclasses. */
abstract class SyncScenarios extends CentralStoreScenarios {

    /** What the server holds for {@code owner}: id to promise file JSON. */
    Map<String, String> serverContents(String owner) throws SQLException {
        return central.database().read(connection -> {
            Map<String, String> all = new TreeMap<>();
            try (var select = connection.prepareStatement("SELECT id, doc FROM promise WHERE owner = ?")) {
                select.setString(1, owner);
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        all.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
            return all;
        });
    }

    @Test
    void twoDevicesOfOneRepConflictNothingDroppedAndTheResolutionSyncsBack() throws Exception {
        String token = central.token("anna", "rep");
        Device laptop = device("laptop", token);
        Device tablet = device("tablet", token);
        Promise original = promise("Northwind Traders", "Fleet analytics rollout");
        laptop.save(original);
        laptop.sync();
        tablet.sync();
        assertThat(tablet.promise(original.id())).isEqualTo(original);

        // Offline all day on both devices.
        laptop.save(retitled(original, "Fleet analytics, phase 1"));
        tablet.save(recustomered(original, "Northwind Traders GmbH"));
        assertThat(laptop.sync().conflictsOnPush()).isZero();
        SyncRound.Summary later = tablet.sync();

        assertThat(later.conflictsOnPush()).isEqualTo(1);
        List<Conflict> conflicts = tablet.store().sync().conflicts().list();
        assertThat(conflicts).hasSize(1);
        Conflict conflict = conflicts.get(0);
        assertThat(PromiseFile.parse(conflict.baseDoc(), "base")).isEqualTo(original);
        assertThat(PromiseFile.parse(conflict.theirsDoc(), "theirs").title()).isEqualTo("Fleet analytics, phase 1");
        assertThat(PromiseFile.parse(conflict.yoursDoc(), "yours").customer().name()).isEqualTo("Northwind Traders GmbH");
        // Both edits are kept on the server: the current version and the conflict beside it.
        assertThat(central.count("SELECT count(*) FROM conflict WHERE status = 'open'")).isEqualTo(1);
        assertThat(central.count("SELECT count(*) FROM promise_version")).isEqualTo(2);
        laptop.sync();
        assertThat(laptop.openConflicts()).containsExactly(conflict.id().toString());

        // The rep picks the title from theirs and the customer from yours.
        Promise merged = recustomered(retitled(original, "Fleet analytics, phase 1"), "Northwind Traders GmbH");
        tablet.store().sync().conflicts().resolve(conflict.id(), merged);
        assertThat(tablet.sync().conflictsOnPush()).isZero();
        laptop.sync();

        assertThat(laptop.promise(original.id())).isEqualTo(merged);
        assertThat(tablet.promise(original.id())).isEqualTo(merged);
        assertThat(laptop.openConflicts()).isEmpty();
        assertThat(tablet.openConflicts()).isEmpty();
        assertThat(central.count("SELECT count(*) FROM conflict WHERE status = 'resolved'")).isEqualTo(1);
        assertThat(laptop.contents()).isEqualTo(tablet.contents()).isEqualTo(serverContents("anna"));
    }

    @Test
    void theCustomersLanguageGoesThroughTheCentralStoreToTheRepsOtherDevice() throws Exception {
        String token = central.token("anna", "rep");
        Device laptop = device("laptop", token);
        Device tablet = device("tablet", token);
        Promise polish = promise("Bałtyk Chłodnia Sp. z o.o.", "Monitoring chłodni").withLanguage(Language.PL);
        laptop.save(polish);
        laptop.sync();
        tablet.sync();
        assertThat(tablet.promise(polish.id()).language()).isEqualTo(Language.PL);

        tablet.save(tablet.promise(polish.id()).withLanguage(Language.DE));
        tablet.sync();
        laptop.sync();
        assertThat(laptop.promise(polish.id()).language()).isEqualTo(Language.DE);
    }

    @Test
    void eachRepPullsWhatTheRestOfTheTeamBookedWithUndatedLinesAtTheirStandardDate() throws Exception {
        publishSampleCatalog();
        Device anna = device("anna", central.token("anna", "rep"));
        Device ben = device("ben", central.token("ben", "rep"));
        LocalDate start = LocalDate.of(2026, 11, 23);
        LocalDate january = LocalDate.of(2027, 1, 12);
        // ONB-STD takes 15 business days: E = Mon 14 Dec 2026.
        LocalDate standard = LocalDate.of(2026, 12, 14);
        anna.save(new Promise(UUID.randomUUID(), new Customer("Northwind Traders", "EU", null), "Rollout", start,
                PromiseStatus.DRAFT, List.of(CommitmentLine.of("ONB-STD", 2, january), CommitmentLine.of("ONB-STD", 1, null),
                        CommitmentLine.bespoke("Depot report", null)), List.of(), List.of(), List.of()));
        anna.save(new Promise(UUID.randomUUID(), new Customer("Ostwind", "EU", null), "Withdrawn", start,
                PromiseStatus.WITHDRAWN, List.of(CommitmentLine.of("ONB-STD", 3, january)), List.of(), List.of(),
                List.of()));
        anna.sync();
        ben.sync();

        TeamBookings seenByBen = ben.store().sync().teamBookings().current();
        assertThat(seenByBen.booked("ONB-STD", january)).as("dated line; the withdrawn promise books nothing").isEqualTo(2);
        assertThat(seenByBen.booked("ONB-STD", standard)).as("the undated line, at its standard date").isEqualTo(1);
        assertThat(seenByBen.booked()).hasSize(2);
        assertThat(anna.store().sync().teamBookings().current().booked()).as("a rep's own promises are counted by the check")
                .isEmpty();
    }

    @Test
    void devicesPushingEditsOfOnePromiseAtOnceEndWithOneNewVersionAndEveryOtherEditKept() throws Exception {
        // A push reads the versions of its whole batch first; a push that commits meanwhile must turn
        // this one's edit into a conflict, never into a second version 2 or a lost edit.
        String token = central.token("anna", "rep");
        Device first = device("device-0", token);
        Promise shared = promise("Northwind Traders", "Fleet analytics rollout");
        first.save(shared);
        first.sync();
        List<Device> all = new java.util.ArrayList<>(List.of(first));
        for (int i = 1; i < 6; i++) {
            all.add(device("device-" + i, token));
        }
        for (int i = 0; i < all.size(); i++) {
            Device device = all.get(i);
            device.sync();
            device.save(retitled(shared, "Edit from device " + i));
            device.save(promise("Customer of device " + i, "Own deal"));  // the batch holds more than the contested one
        }
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(all.size());
        try {
            List<java.util.concurrent.Future<SyncRound.Summary>> rounds = new java.util.ArrayList<>();
            for (Device device : all) {
                rounds.add(pool.submit(() -> {
                    start.await();
                    return device.sync();
                }));
            }
            start.countDown();
            int conflicts = 0;
            for (var round : rounds) {
                SyncRound.Summary summary = round.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(summary.pushed()).isEqualTo(2);
                conflicts += summary.conflictsOnPush();
            }
            assertThat(conflicts).as("every edit but the first to commit is kept as a conflict").isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(central.count("SELECT version FROM promise WHERE id = '" + shared.id() + "'")).isEqualTo(2);
        assertThat(central.count("SELECT count(*) FROM promise_version WHERE promise_id = '" + shared.id() + "'"))
                .isEqualTo(2);
        assertThat(central.count("SELECT count(*) FROM conflict WHERE status = 'open'")).isEqualTo(5);
        assertThat(central.count("SELECT count(*) FROM promise")).isEqualTo(7);
        assertThat(central.count("SELECT count(*) FROM applied_change WHERE outcome = 'pending'")).isZero();
    }

    @Test
    void aLongPulledPageWithOnePromiseThisVersionCannotReadFailsWholeAndNamesIt() throws Exception {
        // Long enough to be read on every core; the bad one sits among the good ones.
        int count = 600;
        java.util.UUID bad = null;
        List<String[]> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Promise p = promise("Customer " + i, "Deal " + i);
            String doc = PromiseFile.write(p);
            if (i == 417) {
                bad = p.id();
                String unreadable = doc.replaceFirst("\"quantity\"\\s*:\\s*1", "\"quantity\": -1");
                assertThat(unreadable).isNotEqualTo(doc);
                doc = unreadable;
            }
            rows.add(new String[] {p.id().toString(), doc});
        }
        central.database().write(connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO promise (id, owner, version, doc, change_id, seq,"
                    + " updated_at) VALUES (?, 'anna', 1, ?, ?, ?, '2026-11-25T00:00:00.000000Z')")) {
                for (int i = 0; i < rows.size(); i++) {
                    insert.setString(1, rows.get(i)[0]);
                    insert.setString(2, rows.get(i)[1]);
                    insert.setString(3, java.util.UUID.randomUUID().toString());
                    insert.setLong(4, i + 1);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (var counter = connection.prepareStatement("UPDATE sync_counter SET value = ? WHERE name = 'feed'")) {
                counter.setLong(1, count);
                counter.executeUpdate();
            }
            return null;
        });
        Device laptop = device("laptop", central.token("anna", "rep"));

        assertThatThrownBy(laptop::sync).isInstanceOf(SyncException.class)
                .hasMessageContaining("promise " + bad).hasMessageContaining("cannot read");
        assertThat(laptop.contents()).as("the page is applied whole or not at all").isEmpty();
        assertThat(laptop.store().sync().cursor().position()).isZero();
    }

    @Test
    void aPushRetriedAfterALostResponseAppliesOnce() throws Exception {
        String token = central.token("anna", "rep");
        Device laptop = device("laptop", token);
        Promise p = promise("Baltic Freight", "Telematics");
        laptop.save(p);
        // The first push reaches the server, but its answer is lost: the outbox is not acknowledged.
        PushRequest request = pushRequestOf(laptop);
        PushResponse first = laptop.client().push(request);
        assertThat(first.results()).extracting(ChangeResult::outcome).containsExactly(ChangeResult.APPLIED);
        PushResponse again = laptop.client().push(request);
        assertThat(again.results()).extracting(ChangeResult::outcome).containsExactly(ChangeResult.DUPLICATE);
        assertThat(again.results().get(0).version()).isEqualTo(1);

        // Edited again before the next sync: the new change includes the unanswered one, so no false conflict.
        laptop.save(retitled(p, "Telematics, all depots"));
        SyncRound.Summary summary = laptop.sync();

        assertThat(summary.conflictsOnPush()).isZero();
        assertThat(central.count("SELECT count(*) FROM conflict")).isZero();
        assertThat(central.count("SELECT version FROM promise")).isEqualTo(2);
        assertThat(central.count("SELECT count(*) FROM applied_change")).isEqualTo(2);
        assertThat(laptop.store().sync().pendingPromises()).isZero();
        assertThat(laptop.contents()).isEqualTo(serverContents("anna"));
    }

    @Test
    void syncingTwiceChangesNothingTheSecondTime() throws Exception {
        Device laptop = device("laptop", central.token("anna", "rep"));
        for (int i = 0; i < 7; i++) {
            laptop.save(promise("Customer " + i, "Deal " + i));
        }
        SyncRound.Summary first = laptop.sync(3, 2);
        assertThat(first.pushed()).isEqualTo(7);
        SyncRound.Summary second = laptop.sync(3, 2);
        assertThat(second.pushed()).isZero();
        assertThat(second.pulled()).isZero();
        assertThat(second.cursor()).isEqualTo(first.cursor());
        assertThat(laptop.contents()).isEqualTo(serverContents("anna")).hasSize(7);
    }

    @Test
    void theDayAPromiseWasAgreedTravelsWithItBothWays() throws Exception {
        String token = central.token("anna", "rep");
        Device laptop = device("laptop", token);
        Device tablet = device("tablet", token);
        LocalDate agreedOn = LocalDate.of(2026, 11, 30);
        Promise agreed = promise("Baltic Freight", "Telematics").agreed(agreedOn);
        laptop.save(agreed);
        laptop.sync();
        assertThat(PromiseFile.parse(serverContents("anna").get(agreed.id().toString()), "server").agreedOn())
                .isEqualTo(agreedOn);

        tablet.sync();
        assertThat(tablet.promise(agreed.id())).isEqualTo(agreed);
        tablet.save(tablet.promise(agreed.id()).withStatus(PromiseStatus.IN_DELIVERY));
        tablet.sync();
        laptop.sync();
        assertThat(laptop.promise(agreed.id()).status()).isEqualTo(PromiseStatus.IN_DELIVERY);
        assertThat(laptop.promise(agreed.id()).agreedOn()).as("still judged as of the day it was agreed")
                .isEqualTo(agreedOn);
    }

    static PushRequest pushRequestOf(Device device) throws Exception {
        var json = WireJson.mapper();
        List<Change> changes = new java.util.ArrayList<>();
        for (SyncRecords.PendingPush p : device.store().sync().pendingPushes(100)) {
            changes.add(new Change(p.changeId(), p.supersedes(), p.promiseId(), p.baseVersion(),
                    json.readTree(PromiseFile.write(p.promise())), p.resolves()));
        }
        return new PushRequest(changes);
    }

    @Test
    void aRepCannotReadOrChangeAnotherRepsPromises() throws Exception {
        Device anna = device("anna", central.token("anna", "rep"));
        Device bert = device("bert", central.token("bert", "rep"));
        Promise annas = promise("Northwind Traders", "Fleet analytics rollout");
        anna.save(annas);
        anna.sync();

        bert.sync();
        assertThat(bert.store().promises().list()).isEmpty();
        assertThat(bert.openConflicts()).isEmpty();

        // Bert pushes a promise with Anna's id: that change is refused, nothing of it stored, and he is told.
        bert.save(retitled(annas, "Taken over"));
        assertThat(bert.sync().notices()).singleElement().asString().contains("not found or not yours");
        assertThat(serverContents("anna").get(annas.id().toString())).isEqualTo(PromiseFile.write(annas));
        assertThat(serverContents("bert")).isEmpty();
        assertThat(central.count("SELECT count(*) FROM conflict")).isZero();
        // Reps do not read exception requests, and neither rep's answer names the other's promise.
        assertThatThrownBy(() -> bert.client().requests()).isInstanceOfSatisfying(SyncException.class,
                e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void onlyTheCatalogOwnerPublishesAndEveryRepPullsIt() throws Exception {
        String catalog = new String(getClass().getResourceAsStream("/com/promisedesk/sample/catalog.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Device approver = device("approver", central.token("lena", "approver:sales-lead"));
        Device rep = device("rep", central.token("anna", "rep"));
        Device owner = device("owner", central.token("carl", "catalog-owner"));
        assertThatThrownBy(() -> approver.client().publish("catalog.yaml", catalog))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> rep.client().publish("catalog.yaml", catalog))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(central.count("SELECT count(*) FROM catalog_version")).isZero();

        var published = owner.client().publish("catalog.yaml", catalog);
        assertThat(published.created()).isTrue();
        assertThat(owner.client().publish("catalog.yaml", catalog).created()).isFalse();
        assertThatThrownBy(() -> owner.client().publish("catalog.yaml", catalog + "\n# changed\n"))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.status()).isEqualTo(409));

        SyncRound.Summary summary = rep.sync();
        assertThat(summary.newCatalogs()).containsExactly(published.version());
        assertThat(rep.store().catalogs().current().orElseThrow().version()).isEqualTo(published.version());
    }

    @Test
    void noBadOrRevokedTokenIsRefusedWith401OnEveryEndpoint() throws Exception {
        String token = central.token("anna", "rep");
        var http = java.net.http.HttpClient.newHttpClient();
        var tokens = central.tokens();
        String id = tokens.list().get(0).id();
        assertThat(tokens.revoke(id)).isTrue();
        for (String auth : new String[] {null, "Bearer nonsense", "Bearer pd_" + "A".repeat(43), "Basic abc",
                "Bearer " + token}) {
            for (String[] endpoint : new String[][] {{"GET", "/v1/me"}, {"GET", "/v1/pull?since=0"},
                    {"POST", "/v1/push"}, {"POST", "/v1/catalog"}, {"GET", "/v1/requests"}, {"POST", "/v1/requests"},
                    {"POST", "/v1/requests/" + java.util.UUID.randomUUID() + "/decision"}, {"GET", "/v1/unknown"}}) {
                var builder = java.net.http.HttpRequest.newBuilder(java.net.URI.create(central.url() + endpoint[1]))
                        .method(endpoint[0], java.net.http.HttpRequest.BodyPublishers.ofString("{}"));
                if (auth != null) {
                    builder.header("Authorization", auth);
                }
                var response = http.send(builder.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as("%s %s with %s", endpoint[0], endpoint[1], auth).isEqualTo(401);
                // Only the holder of the revoked token learns that it was revoked; nothing about whose it was.
                assertThat(response.body()).contains(auth != null && auth.equals("Bearer " + token)
                        ? "\"token_revoked\"" : "\"unauthorized\"").doesNotContain(token).doesNotContain("anna");
            }
        }
        var health = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(central.url() + "/v1/health"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }
}
