package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.domain.Promise;
import com.promisedesk.file.Sha256;
import com.promisedesk.sync.wire.MilestonePushRequest;
import com.promisedesk.sync.wire.MilestoneResult;
import com.promisedesk.sync.wire.MilestoneUpdate;
import com.promisedesk.sync.wire.RevisionPushRequest;
import com.promisedesk.sync.wire.RevisionResult;
import com.promisedesk.sync.wire.RevisionUpload;
import com.promisedesk.sync.wire.StoredMilestone;
import com.promisedesk.sync.wire.StoredRevision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Revisions and milestone updates pushed up: once each, exact bytes, own promises only. */
abstract class RevisionMilestoneScenarios extends CentralStoreScenarios {

    final Random random = new Random(6_2026L);

    byte[] bytes(int size) {
        byte[] content = new byte[size];
        random.nextBytes(content);
        return content;
    }

    @Test
    void revisionsAndMilestonesReachTheServerOnceWithTheirExactBytesAndTheOutboxDrains() throws Exception {
        Device laptop = device("laptop", central.token("anna", "rep"));
        Promise p = SyncPromises.agreed("Baltic Freight", "Telematics");
        laptop.save(p);
        laptop.issue(p.id(), bytes(400_000));
        laptop.issue(p.id(), bytes(1_000));
        var milestones = laptop.store().milestones();
        milestones.add(p.id(), "Workspace set up", LocalDate.of(2026, 12, 1));
        milestones.add(p.id(), "Admins trained", LocalDate.of(2026, 12, 15));
        milestones.markDone(p.id(), 1, true);
        // One promise, two revisions, three milestone updates.
        assertThat(laptop.store().sync().pendingChanges()).isEqualTo(6);
        assertThat(laptop.store().outbox().pendingItems()).isEqualTo(6);

        SyncRound.Summary summary = laptop.sync();

        assertThat(summary.pushed()).isEqualTo(6);
        assertThat(summary.notices()).isEmpty();
        assertThat(laptop.store().sync().pendingChanges()).isZero();
        assertThat(laptop.store().outbox().pendingItems()).isZero();
        assertThat(central.revisionHashes(p.id())).isEqualTo(laptop.revisionHashes(p.id())).hasSize(2);
        assertThat(laptop.client().revisions(p.id())).extracting(StoredRevision::number, StoredRevision::bytes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 400_000L),
                        org.assertj.core.groups.Tuple.tuple(2, 1_000L));
        List<StoredMilestone> stored = laptop.client().milestones(p.id());
        assertThat(stored).extracting(StoredMilestone::position, StoredMilestone::text, StoredMilestone::done,
                StoredMilestone::updates).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Workspace set up", true, 2),
                        org.assertj.core.groups.Tuple.tuple(2, "Admins trained", false, 1));

        assertThat(laptop.sync().pushed()).isZero();
        assertThat(central.count("SELECT count(*) FROM revision")).isEqualTo(2);
        assertThat(central.count("SELECT count(*) FROM milestone_update")).isEqualTo(3);
    }

    @Test
    void aPushRetriedAfterALostAnswerStoresOnce() throws Exception {
        Device laptop = device("laptop", central.token("anna", "rep"));
        Promise p = SyncPromises.agreed("Northwind Traders", "Fleet analytics");
        laptop.save(p);
        laptop.sync();
        laptop.issue(p.id(), bytes(50_000));
        laptop.store().milestones().add(p.id(), "Go live", LocalDate.of(2027, 1, 29));
        RevisionPushRequest revisions = revisionRequest(laptop);
        MilestonePushRequest updates = milestoneRequest(laptop);

        // Both reach the server, but their answers are lost: the outbox still holds them.
        assertThat(laptop.client().pushRevisions(revisions).results()).extracting(RevisionResult::outcome)
                .containsExactly(RevisionResult.APPLIED);
        assertThat(laptop.client().pushMilestones(updates).results()).extracting(MilestoneResult::outcome)
                .containsExactly("applied");
        assertThat(laptop.client().pushRevisions(revisions).results()).extracting(RevisionResult::outcome)
                .containsExactly(RevisionResult.DUPLICATE);
        assertThat(laptop.client().pushMilestones(updates).results()).extracting(MilestoneResult::outcome)
                .containsExactly("duplicate");
        assertThat(laptop.sync().pushed()).isEqualTo(2);

        assertThat(laptop.store().sync().pendingChanges()).isZero();
        assertThat(central.count("SELECT count(*) FROM revision")).isEqualTo(1);
        assertThat(central.count("SELECT count(*) FROM milestone_update")).isEqualTo(1);
        assertThat(central.revisionHashes(p.id())).isEqualTo(laptop.revisionHashes(p.id()));
    }

    @Test
    void twoDevicesIssuingTheSameNumberOfflineAreBothKeptAndTheRepIsTold() throws Exception {
        String token = central.token("anna", "rep");
        Device laptop = device("laptop", token);
        Device tablet = device("tablet", token);
        Promise p = SyncPromises.promise("Ostwind Logistics", "Depot rollout");
        laptop.save(p);
        laptop.sync();
        tablet.sync();
        laptop.issue(p.id(), bytes(2_000));
        tablet.issue(p.id(), bytes(3_000));

        assertThat(laptop.sync().notices()).isEmpty();
        SyncRound.Summary later = tablet.sync();

        assertThat(later.notices()).singleElement().asString().contains("Revision 1 of promise " + p.id());
        List<StoredRevision> stored = tablet.client().revisions(p.id());
        assertThat(stored).extracting(StoredRevision::number).containsExactly(1, 1);
        Map<Integer, String> both = new TreeMap<>();
        both.put(1, laptop.revisionHashes(p.id()).get(1));
        both.put(2, tablet.revisionHashes(p.id()).get(1));
        assertThat(stored).extracting(StoredRevision::sha256).containsExactlyInAnyOrderElementsOf(both.values());
        assertThat(tablet.store().sync().pendingChanges()).isZero();
    }

    @Test
    void aRepCannotPushOrReadRevisionsAndMilestonesOfAnotherRepsPromise() throws Exception {
        Device anna = device("anna", central.token("anna", "rep"));
        Device bert = device("bert", central.token("bert", "rep"));
        Promise annas = SyncPromises.promise("Northwind Traders", "Fleet analytics");
        anna.save(annas);
        anna.sync();
        byte[] content = bytes(100);
        RevisionUpload revision = new RevisionUpload(UUID.randomUUID(), annas.id(), 1, java.time.Instant.now(), "pdf",
                Sha256.of(content), Sha256.of(content), Base64.getEncoder().encodeToString(content));
        MilestoneUpdate update = new MilestoneUpdate(UUID.randomUUID(), UUID.randomUUID(), annas.id(), 1, "Taken over",
                LocalDate.of(2026, 12, 1), true, java.time.Instant.now());

        // To Bert, Anna's promise is one the central store does not have: nothing says it exists.
        for (var call : List.<ThrowingCall>of(
                () -> bert.client().pushRevisions(new RevisionPushRequest(List.of(revision))),
                () -> bert.client().pushMilestones(new MilestonePushRequest(List.of(update))))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(SyncException.class,
                    e -> assertThat(e.status()).isEqualTo(409));
        }
        assertThat(bert.client().revisions(annas.id())).isEmpty();
        assertThat(bert.client().milestones(annas.id())).isEmpty();
        assertThat(central.count("SELECT count(*) FROM revision")).isZero();
        assertThat(central.count("SELECT count(*) FROM milestone_update")).isZero();
        assertThat(central.count("SELECT count(*) FROM milestone")).isZero();
    }

    @Test
    void aFingerprintThatDoesNotMatchTheBytesIsRefusedNamingTheField() throws Exception {
        String token = central.token("anna", "rep");
        Device laptop = device("laptop", token);
        Promise p = SyncPromises.promise("Baltic Freight", "Telematics");
        laptop.save(p);
        laptop.sync();
        byte[] content = bytes(10_000);
        String wrong = Sha256.of(bytes(10));
        String body = com.promisedesk.sync.wire.WireJson.mapper().writeValueAsString(new RevisionPushRequest(List.of(
                new RevisionUpload(UUID.randomUUID(), p.id(), 1, java.time.Instant.now(), "pdf", wrong, wrong,
                        Base64.getEncoder().encodeToString(content)))));
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(central.url() + "/v1/revisions"))
                .header("Authorization", "Bearer " + token).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"revisions[0].sha256\"").contains(Sha256.of(content));
        assertThat(central.count("SELECT count(*) FROM revision")).isZero();
    }

    @Test
    void largeRevisionsGoInBatchesBoundedByBytes() throws Exception {
        Device laptop = device("laptop", central.token("anna", "rep"));
        Promise p = SyncPromises.promise("Baltic Freight", "Telematics");
        laptop.save(p);
        for (int i = 0; i < 5; i++) {
            laptop.issue(p.id(), bytes(1_500_000));
        }
        List<Integer> steps = new ArrayList<>();
        int[] last = {0};
        SyncRound round = new SyncRound(laptop.client(), laptop.store().sync(), 100, 100, progress -> {
            if (progress.phase().equals("push") && progress.pushed() > last[0]) {
                steps.add(progress.pushed() - last[0]);
                last[0] = progress.pushed();
            }
        });

        assertThat(round.run().pushed()).isEqualTo(6);
        // The promise, then the five revisions at most two (4 MiB) a request.
        assertThat(steps).containsExactly(1, 2, 2, 1);
        assertThat(central.revisionHashes(p.id())).isEqualTo(laptop.revisionHashes(p.id())).hasSize(5);
    }

    @Test
    void theLatestMilestoneUpdateIsCurrentWhateverOrderTheyArriveIn() throws Exception {
        Device laptop = device("laptop", central.token("anna", "rep"));
        Promise p = SyncPromises.promise("Northwind Traders", "Fleet analytics");
        laptop.save(p);
        laptop.sync();
        UUID milestone = UUID.randomUUID();
        java.time.Instant monday = java.time.Instant.parse("2026-12-07T09:00:00Z");
        MilestoneUpdate done = new MilestoneUpdate(UUID.randomUUID(), milestone, p.id(), 1, "Go live",
                LocalDate.of(2026, 12, 9), true, monday.plusSeconds(86_400));
        MilestoneUpdate added = new MilestoneUpdate(UUID.randomUUID(), milestone, p.id(), 1, "Go live",
                LocalDate.of(2026, 12, 9), false, monday);

        // The tablet's later "done" arrives before the laptop's earlier "added".
        assertThat(laptop.client().pushMilestones(new MilestonePushRequest(List.of(done))).results())
                .extracting(MilestoneResult::current).containsExactly(true);
        assertThat(laptop.client().pushMilestones(new MilestonePushRequest(List.of(added))).results())
                .extracting(MilestoneResult::outcome, MilestoneResult::current)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("applied", false));

        assertThat(laptop.client().milestones(p.id())).extracting(StoredMilestone::done, StoredMilestone::updates)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, 2));
    }

    static RevisionPushRequest revisionRequest(Device device) {
        List<RevisionUpload> uploads = new ArrayList<>();
        for (var r : device.store().sync().revisionUploads().pending(100, Long.MAX_VALUE)) {
            uploads.add(new RevisionUpload(r.changeId(), r.promiseId(), r.number(), r.issuedAt(), r.format(),
                    r.fingerprint(), Sha256.of(r.content()), Base64.getEncoder().encodeToString(r.content())));
        }
        return new RevisionPushRequest(uploads);
    }

    static MilestonePushRequest milestoneRequest(Device device) {
        List<MilestoneUpdate> updates = new ArrayList<>();
        for (var u : device.store().sync().milestoneUploads().pending(100)) {
            updates.add(new MilestoneUpdate(u.changeId(), u.milestoneId(), u.promiseId(), u.position(),
                    u.milestone().text(), u.milestone().due(), u.milestone().done(), u.updatedAt()));
        }
        return new MilestonePushRequest(updates);
    }

    @FunctionalInterface
    interface ThrowingCall {
        Object run() throws Exception;
    }
}
