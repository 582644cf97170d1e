package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.domain.Promise;
import com.promisedesk.store.Sha256;
import com.promisedesk.sync.wire.RevisionPushRequest;
import com.promisedesk.sync.wire.RevisionResult;
import com.promisedesk.sync.wire.RevisionUpload;
import com.promisedesk.sync.wire.StoredRevision;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revisions pushed up: once each, exact bytes, own promises only. */
abstract class RevisionMilestoneScenarios {

    @TempDir
    Path dir;

    CentralStoreFixture central;
    final List<Device> devices = new ArrayList<>();
    final Random random = new Random(6_2026L);

    abstract Backend backend();

    @BeforeEach
    void startCentralStore() {
        central = new CentralStoreFixture(backend(), dir);
    }

    @AfterEach
    void stopEverything() {
        devices.forEach(Device::close);
        central.close();
    }

    Device device(String name, String token) {
        Device device = new Device(dir.resolve(name), central.url(), token);
        devices.add(device);
        return device;
    }

    byte[] bytes(int size) {
        byte[] content = new byte[size];
        random.nextBytes(content);
        return content;
    }

    @Test
    void revisionsReachTheServerOnceWithTheirExactBytesAndTheOutboxDrains() throws Exception {
        Device laptop = device("laptop", central.token("anna", "rep"));
        Promise p = SyncPromises.promise("Baltic Freight", "Telematics");
        laptop.save(p);
        laptop.issue(p.id(), bytes(400_000));
        laptop.issue(p.id(), bytes(1_000));
        assertThat(laptop.store().sync().pendingChanges()).isEqualTo(3);
        assertThat(laptop.store().outbox().pendingItems()).isEqualTo(3);

        SyncRound.Summary summary = laptop.sync();

        assertThat(summary.pushed()).isEqualTo(3);
        assertThat(summary.notices()).isEmpty();
        assertThat(laptop.store().sync().pendingChanges()).isZero();
        assertThat(laptop.store().outbox().pendingItems()).isZero();
        assertThat(serverRevisionHashes(p.id())).isEqualTo(laptop.revisionHashes(p.id())).hasSize(2);
        assertThat(laptop.client().revisions(p.id())).extracting(StoredRevision::number, StoredRevision::bytes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 400_000L),
                        org.assertj.core.groups.Tuple.tuple(2, 1_000L));

        assertThat(laptop.sync().pushed()).isZero();
        assertThat(central.count("SELECT count(*) FROM revision")).isEqualTo(2);
    }

    @Test
    void aPushRetriedAfterALostAnswerStoresOnce() throws Exception {
        Device laptop = device("laptop", central.token("anna", "rep"));
        Promise p = SyncPromises.promise("Northwind Traders", "Fleet analytics");
        laptop.save(p);
        laptop.sync();
        laptop.issue(p.id(), bytes(50_000));
        RevisionPushRequest revisions = revisionRequest(laptop);

        // Both reach the server, but their answers are lost: the outbox still holds them.
        assertThat(laptop.client().pushRevisions(revisions).results()).extracting(RevisionResult::outcome)
                .containsExactly(RevisionResult.APPLIED);
        assertThat(laptop.client().pushRevisions(revisions).results()).extracting(RevisionResult::outcome)
                .containsExactly(RevisionResult.DUPLICATE);
        assertThat(laptop.sync().pushed()).isEqualTo(1);

        assertThat(laptop.store().sync().pendingChanges()).isZero();
        assertThat(central.count("SELECT count(*) FROM revision")).isEqualTo(1);
        assertThat(serverRevisionHashes(p.id())).isEqualTo(laptop.revisionHashes(p.id()));
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
    void aRepCannotPushOrReadRevisionsOfAnotherRepsPromise() throws Exception {
        Device anna = device("anna", central.token("anna", "rep"));
        Device bert = device("bert", central.token("bert", "rep"));
        Promise annas = SyncPromises.promise("Northwind Traders", "Fleet analytics");
        anna.save(annas);
        anna.sync();
        byte[] content = bytes(100);
        RevisionUpload revision = new RevisionUpload(UUID.randomUUID(), annas.id(), 1, java.time.Instant.now(), "pdf",
                Sha256.of(content), Sha256.of(content), Base64.getEncoder().encodeToString(content));

        for (var call : List.<ThrowingCall>of(
                () -> bert.client().pushRevisions(new RevisionPushRequest(List.of(revision))),
                () -> bert.client().revisions(annas.id()))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(SyncException.class,
                    e -> assertThat(e.status()).isEqualTo(403));
        }
        assertThat(central.count("SELECT count(*) FROM revision")).isZero();
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
        assertThat(serverRevisionHashes(p.id())).isEqualTo(laptop.revisionHashes(p.id())).hasSize(5);
    }

    /** The SHA-256 of the bytes the server stored for each revision number (first content of each). */
    Map<Integer, String> serverRevisionHashes(UUID promiseId) throws SQLException {
        return central.database().read(connection -> {
            Map<Integer, String> hashes = new TreeMap<>();
            try (var select = connection.prepareStatement(
                    "SELECT number, content FROM revision WHERE promise_id = ? ORDER BY number, received_at")) {
                select.setString(1, promiseId.toString());
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        hashes.putIfAbsent(rows.getInt(1), Sha256.of(Base64.getDecoder().decode(rows.getString(2))));
                    }
                }
            }
            return hashes;
        });
    }

    static RevisionPushRequest revisionRequest(Device device) {
        List<RevisionUpload> uploads = new ArrayList<>();
        for (var r : device.store().sync().revisionUploads().pending(100, Long.MAX_VALUE)) {
            uploads.add(new RevisionUpload(r.changeId(), r.promiseId(), r.number(), r.issuedAt(), r.format(),
                    r.fingerprint(), Sha256.of(r.content()), Base64.getEncoder().encodeToString(r.content())));
        }
        return new RevisionPushRequest(uploads);
    }

    @FunctionalInterface
    interface ThrowingCall {
        Object run() throws Exception;
    }
}
