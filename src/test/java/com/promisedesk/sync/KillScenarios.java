package com.promisedesk.sync;

import static com.promisedesk.sync.SyncPromises.promise;
import static com.promisedesk.sync.SyncPromises.recustomered;
import static com.promisedesk.sync.SyncPromises.retitled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.Slow;
import com.promisedesk.domain.Promise;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.server.Principal;
import com.promisedesk.server.ServerDatabase;
import com.promisedesk.server.Tokens;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * The central store as its own process, killed with SIGKILL at the worst moments of a
 * tablet's sync and started again on the same database. Afterwards one sync of each device
 * brings both devices and the server to the same promises, versions and conflicts, with
 * nothing lost, nothing twice, and tables that agree with each other. One store for the
 * class, as a team shares one; each test is another rep, and restarts the store it killed.
 */
@Slow
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KillScenarios {

    // Twenty promises on both devices, then offline: the laptop edits 0..7 and adds 12, the tablet edits 5..10
    // and adds 10. The laptop syncs first: the tablet's edits of 5, 6, 7 become conflicts, every other save a version.
    private static final int SHARED = 20;
    private static final int TABLET_PENDING = 6 + 10;
    private static final int PROMISES = SHARED + 12 + 10;
    private static final int CONFLICTS = 3;
    private static final int VERSIONS = SHARED + 8 + 12 + 3 + 10;
    /** Changes of the rep the server had taken when the tablet's round began: the twenty, then the laptop's twenty. */
    private static final int CHANGES_BEFORE = SHARED + 20;
    private static final String CHANGES = "SELECT count(*) FROM applied_change WHERE owner = ?";

    /** Where in the tablet's second push request the server dies; how many of its changes it can have applied. */
    enum InFlight {
        /** 600 bytes of the request passed: the server never had all of it. */
        PART_SENT(5, 5, proxy -> proxy.cutAfter(600)),
        /** The whole request passed, then the kill at once: committed or not, either must be fine. */
        SENT(5, 10, CuttingProxy::cutWhenRequestSent),
        /** The server committed and answered; killed before a byte of the answer reached the tablet. */
        ANSWERED(10, 10, CuttingProxy::cutAtAnswer);

        final int leastApplied;
        final int mostApplied;
        final Consumer<CuttingProxy> arm;

        InFlight(int leastApplied, int mostApplied, Consumer<CuttingProxy> arm) {
            this.leastApplied = leastApplied;
            this.mostApplied = mostApplied;
            this.arm = arm;
        }
    }

    /** The class's folder (a TempDir of the class): the server's SQLite file and every device's store. */
    private Path dir;
    private ServerDatabase database;
    private ServerTables tables;
    private ServerProcess central;
    private int reps;
    private String rep;
    private final List<AutoCloseable> closing = new ArrayList<>();
    private final Set<String> saved = new HashSet<>();
    private Device laptop;
    private Device tablet;

    abstract Backend backend();

    @BeforeAll
    void openDatabase(@TempDir Path classDir) {
        dir = classDir;
        database = backend().freshDatabase(dir);
        tables = new ServerTables(database);
    }

    @BeforeEach
    void startCentralStoreUnlessRunning() {
        if (central == null || !central.isAlive()) {
            central = ServerProcess.start(backend().serverLaunch(dir), 0);
        }
        rep = "rep" + ++reps;
    }

    @AfterEach
    void closeDevices() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
        closing.clear();
        saved.clear();
    }

    @AfterAll
    void stopCentralStore() {
        if (central != null) {
            central.close();
        }
        database.close();
    }

    @Test
    void killedBetweenPushBatchesNothingIsLostOrTwice() throws Exception {
        twoDevicesWithOfflineEdits(central.url());
        int[] batches = {0};
        runUntilKilled(new SyncRound(tablet.client(), tablet.store().sync(), 3, 100, progress -> {
            if (progress.phase().equals("push") && progress.pushed() > 0 && ++batches[0] == 2) {
                central.kill();
            }
        }));
        // The two answered batches stay answered; the rest wait in the outbox.
        assertThat(tablet.store().sync().pendingPromises()).isEqualTo(TABLET_PENDING - 6);
        assertThat(tables.count(CHANGES, rep)).isEqualTo(CHANGES_BEFORE + 6);
        restartAndSyncEachDeviceOnce();
    }

    @Test
    void killedBetweenPullPagesNothingIsLostOrTwice() throws Exception {
        twoDevicesWithOfflineEdits(central.url());
        long before = tablet.store().sync().cursor().position();
        int[] pages = {0};
        long[] cursorAtKill = {0};
        long[] lastWritten = {0};
        runUntilKilled(new SyncRound(tablet.client(), tablet.store().sync(), 100, 4, progress -> {
            if (progress.phase().equals("pull")) {
                lastWritten[0] = tablet.store().sync().cursor().position();
                if (++pages[0] == 2) {
                    cursorAtKill[0] = lastWritten[0];
                    central.kill();
                }
            }
        }));
        // The pages applied before the kill stay applied; the next round goes on from there.
        // The page read ahead while page 2 was written may have arrived before the kill:
        // it is written whole, with its cursor, or not at all.
        assertThat(tablet.store().sync().pendingPromises()).isZero();
        assertThat(pages[0]).as("pages written, the one read ahead included").isBetween(2, 3);
        assertThat(cursorAtKill[0]).isGreaterThan(before);
        assertThat(tablet.store().sync().cursor().position()).isEqualTo(lastWritten[0]);
        restartAndSyncEachDeviceOnce();
    }

    @ParameterizedTest
    @EnumSource(InFlight.class)
    void killedWhileAPushIsInFlightNothingIsLostOrTwice(InFlight when) throws Exception {
        CuttingProxy proxy = new CuttingProxy(central.port());
        closing.add(proxy);
        twoDevicesWithOfflineEdits(proxy.url());
        ServerProcess dying = central;
        proxy.onCut(dying::killNow);
        int[] batches = {0};
        runUntilKilled(new SyncRound(tablet.client(), tablet.store().sync(), 5, 100, progress -> {
            if (progress.phase().equals("push") && progress.pushed() > 0 && ++batches[0] == 1) {
                when.arm.accept(proxy);
            }
        }));
        assertThat(proxy.didCut()).isTrue();
        dying.kill();
        long applied = tables.count(CHANGES, rep) - CHANGES_BEFORE;
        LoggerFactory.getLogger(KillScenarios.class).info("{}, killed with the push {}: {} of the tablet's changes applied",
                backend().name(), when, applied);
        assertThat(applied).as("changes of the tablet the server applied before it died")
                .isBetween((long) when.leastApplied, (long) when.mostApplied);
        // Only the first answer arrived: the second batch is sent again under the same change ids.
        assertThat(tablet.store().sync().pendingPromises()).isEqualTo(TABLET_PENDING - 5);
        proxy.cutAfter(-1);
        restartAndSyncEachDeviceOnce();
    }

    private void twoDevicesWithOfflineEdits(String url) throws Exception {
        String token = new Tokens(database, Clock.systemUTC()).create(Principal.of(rep, "rep")).token();
        laptop = device(rep + "-laptop", url, token);
        tablet = device(rep + "-tablet", url, token);
        List<Promise> shared = new ArrayList<>();
        for (int i = 0; i < SHARED; i++) {
            shared.add(save(laptop, promise("Customer " + i, "Deal " + i)));
        }
        laptop.sync();
        tablet.sync();
        for (int i = 0; i < 8; i++) {
            save(laptop, retitled(shared.get(i), "Deal " + i + ", as edited on the laptop"));
        }
        for (int i = 0; i < 12; i++) {
            save(laptop, promise("Laptop customer " + i, "New deal " + i));
        }
        for (int i = 5; i <= 10; i++) {
            save(tablet, recustomered(shared.get(i), "Customer " + i + ", as edited on the tablet"));
        }
        for (int i = 0; i < 10; i++) {
            save(tablet, promise("Tablet customer " + i, "New deal " + i));
        }
        laptop.sync();
        assertThat(tablet.store().sync().pendingPromises()).isEqualTo(TABLET_PENDING);
    }

    private static void runUntilKilled(SyncRound round) {
        assertThatThrownBy(round::run).isInstanceOfSatisfying(SyncException.class,
                e -> assertThat(e.transientFailure()).as(e.getMessage()).isTrue());
    }

    /** The server started again on the same database and port; then one good sync of each device. */
    private void restartAndSyncEachDeviceOnce() throws Exception {
        central = ServerProcess.start(backend().serverLaunch(dir), central.port());
        tablet.sync();
        laptop.sync();

        Map<String, String> promises = tables.promises(rep);
        assertThat(promises).hasSize(PROMISES);
        assertThat(laptop.syncedContents()).isEqualTo(promises);
        assertThat(tablet.syncedContents()).isEqualTo(promises);
        Map<String, String> conflicts = tables.openConflicts(rep);
        assertThat(conflicts).hasSize(CONFLICTS);
        assertThat(laptop.conflictSummaries()).isEqualTo(conflicts);
        assertThat(tablet.conflictSummaries()).isEqualTo(conflicts);
        assertThat(laptop.store().sync().pendingPromises()).isZero();
        assertThat(tablet.store().sync().pendingPromises()).isZero();
        // Nothing lost: every state saved on a device is a version on the server or "yours" of a conflict.
        assertThat(tables.documents()).containsAll(saved);
        // Nothing twice.
        assertThat(tables.count("SELECT count(*) FROM promise_version v JOIN promise p ON p.id = v.promise_id"
                + " WHERE p.owner = ?", rep)).isEqualTo(VERSIONS);
        assertThat(tables.count("SELECT count(*) FROM conflict WHERE owner = ?", rep)).isEqualTo(CONFLICTS);
        tables.assertConsistent();
    }

    private Device device(String name, String url, String token) {
        Device device = new Device(dir.resolve(name), url, token);
        closing.add(device);
        return device;
    }

    private Promise save(Device device, Promise promise) {
        device.save(promise);
        saved.add(PromiseFile.write(promise));
        return promise;
    }
}
