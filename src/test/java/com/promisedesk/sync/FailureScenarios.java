package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.Promise;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network cut at many bytes of push and pull (the server killed: {@link KillScenarios}). */
@Slow
abstract class FailureScenarios {

    private static final long SEED = 6_2026L;

    @TempDir
    Path dir;

    CentralStoreFixture central;
    final List<AutoCloseable> closing = new ArrayList<>();

    abstract Backend backend();

    @BeforeEach
    void start() {
        central = new CentralStoreFixture(backend(), dir);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
        central.close();
    }

    private Device device(String name, String url, String token) {
        Device device = new Device(dir.resolve(name), url, token);
        closing.add(device);
        return device;
    }

    @Test
    void aConnectionCutAtAnyByteOfPushOrPullLosesAndDuplicatesNothing() throws Exception {
        String token = central.token("anna", "rep");
        CuttingProxy proxy = new CuttingProxy(central.port());
        closing.add(proxy);
        Device laptop = device("laptop", proxy.url(), token);
        Device tablet = device("tablet", proxy.url(), token);
        Random random = new Random(SEED);
        List<Promise> promises = new ArrayList<>();
        int cuts = 0;
        long lastCut = 0;
        // N sweeps from the first bytes of the push request to past the end of the pull answer.
        for (long n = 0; n < 200_000; n = n < 64 ? n + 16 : n + 1 + random.nextInt((int) (n / 4))) {
            Promise fresh = SyncPromises.promise("Customer " + n, "Deal " + n);
            promises.add(fresh);
            laptop.save(fresh);
            Promise edited = promises.get(random.nextInt(promises.size()));
            laptop.save(SyncPromises.retitled(laptop.promise(edited.id()), "Edited at cut " + n));

            proxy.cutAfter(n);
            boolean failed = trySync(laptop);
            if (proxy.didCut()) {
                cuts++;
                lastCut = n;
            }
            assertThat(failed).as("seed %d, cut after %d bytes", SEED, n).isEqualTo(proxy.didCut());
            proxy.cutAfter(n / 2);
            trySync(tablet);

            proxy.cutAfter(-1);
            laptop.sync();
            tablet.sync();
            String context = "seed " + SEED + ", cut after " + n + " bytes";
            Map<String, String> server = serverContents("anna");
            assertThat(laptop.contents()).as(context).isEqualTo(server).hasSize(promises.size());
            assertThat(tablet.contents()).as(context).isEqualTo(server);
            assertThat(laptop.store().sync().pendingPromises()).as(context).isZero();
            assertThat(laptop.openConflicts()).as(context).isEmpty();
            assertThat(central.count("SELECT count(*) FROM conflict")).as(context).isZero();
            if (!proxy.didCut() && n > 10_000) {
                break;
            }
        }
        org.slf4j.LoggerFactory.getLogger(FailureScenarios.class).info("{}: {} cuts between byte 0 and {} of a round",
                backend().name(), cuts, lastCut);
        assertThat(cuts).as("cuts that really happened (seed %d)", SEED).isGreaterThan(20);
        // Every save was pushed exactly once: one applied change per server version.
        assertThat(central.count("SELECT count(*) FROM applied_change"))
                .isEqualTo(central.count("SELECT count(*) FROM promise_version"));
    }

    @Test
    void aConnectionCutDuringARevisionOrMilestonePushLosesAndDuplicatesNothing() throws Exception {
        CuttingProxy proxy = new CuttingProxy(central.port());
        closing.add(proxy);
        Device laptop = device("laptop", proxy.url(), central.token("anna", "rep"));
        Promise promise = SyncPromises.agreed("Baltic Freight", "Telematics");
        laptop.save(promise);
        laptop.sync();
        Random random = new Random(SEED);
        int issued = 0;
        int updates = 0;
        int cuts = 0;
        long lastCut = 0;
        for (long n = 0; n < 400_000; n = n < 64 ? n + 16 : n + 1 + random.nextInt((int) (n / 8))) {
            byte[] content = new byte[8_000 + random.nextInt(100)]; // about the same round each time, swept whole
            random.nextBytes(content);
            laptop.issue(promise.id(), content);
            issued++;
            var added = laptop.store().milestones().add(promise.id(), "Step " + n, java.time.LocalDate.of(2027, 1, 4));
            laptop.store().milestones().markDone(promise.id(), added.position(), true);
            updates += 2;

            proxy.cutAfter(n);
            boolean failed = trySync(laptop);
            boolean cut = proxy.didCut();
            cuts += cut ? 1 : 0;
            lastCut = cut ? n : lastCut;
            String context = "seed " + SEED + ", cut after " + n + " bytes";
            assertThat(failed).as(context).isEqualTo(cut);
            proxy.cutAfter(-1);
            laptop.sync();
            assertThat(laptop.store().sync().pendingChanges()).as(context).isZero();
            assertThat(central.count("SELECT count(*) FROM revision")).as(context).isEqualTo(issued);
            assertThat(central.count("SELECT count(*) FROM milestone_update")).as(context).isEqualTo(updates);
            assertThat(central.count("SELECT count(*) FROM milestone WHERE done = 1")).as(context).isEqualTo(issued);
            // Until a whole round (revision push and its answer, milestone push, pull) passes uncut.
            if (!cut && n > 10_000) {
                break;
            }
        }
        org.slf4j.LoggerFactory.getLogger(FailureScenarios.class).info("{}: {} cuts up to byte {} of a round of {}"
                + " revisions and {} milestone updates", backend().name(), cuts, lastCut, issued, updates);
        assertThat(cuts).as("cuts that really happened (seed %d)", SEED).isGreaterThan(10);
        assertThat(central.revisionHashes(promise.id())).isEqualTo(laptop.revisionHashes(promise.id())).hasSize(issued);
    }

    private static boolean trySync(Device device) {
        try {
            device.sync(3, 4);
            return false;
        } catch (SyncException e) {
            assertThat(e.transientFailure()).as(e.getMessage()).isTrue();
            return true;
        }
    }

    private Map<String, String> serverContents(String owner) throws SQLException {
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
}
