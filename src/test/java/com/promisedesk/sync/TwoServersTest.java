package com.promisedesk.sync;

import static com.promisedesk.sync.SyncPromises.promise;
import static com.promisedesk.sync.SyncPromises.recustomered;
import static com.promisedesk.sync.SyncPromises.retitled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.domain.Promise;
import com.promisedesk.store.Conflict;
import com.promisedesk.sync.wire.PullResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Reps syncing with either of two servers on one PostgreSQL: changes, pulls and conflicts. */
class TwoServersTest extends TwoServers {

    @Test
    void repsSyncingWithEitherServerAtRandomHaveEveryChangeStoredOnceAndPullTheSameFromBoth() throws Exception {
        Random random = new Random(14);
        List<String> reps = List.of("anna", "ben", "cleo", "dev");
        // Each rep has a laptop and a tablet; each device keeps 10 of the rep's 20 promises up to date.
        List<Device> devices = new ArrayList<>();
        List<List<Promise>> promises = new ArrayList<>();
        for (String rep : reps) {
            String token = central.token(rep, "rep");
            for (String name : List.of("laptop", "tablet")) {
                devices.add(device(rep + "-" + name, token));
                List<Promise> own = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    own.add(promise("Customer " + rep + " " + name + " " + i, "Deal " + i));
                }
                promises.add(own);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(devices.size());
        try {
            // Five days: the first creates the promises, each later one edits all of them again; all
            // devices sync at the same moment, each with a server picked at random, in pushes of 4.
            for (int day = 0; day < 5; day++) {
                List<Future<SyncRound.Summary>> rounds = new ArrayList<>();
                for (int d = 0; d < devices.size(); d++) {
                    Device device = devices.get(d);
                    List<Promise> own = promises.get(d);
                    for (int i = 0; i < own.size(); i++) {
                        if (day > 0) {
                            own.set(i, retitled(own.get(i), "Deal " + i + ", day " + day));
                        }
                        device.save(own.get(i));
                    }
                    device.pointAt(random.nextBoolean() ? central.url() : urlB());
                    rounds.add(pool.submit(() -> device.sync(4, 5)));
                }
                for (Future<SyncRound.Summary> round : rounds) {
                    SyncRound.Summary summary = round.get();
                    assertThat(summary.pushed()).isEqualTo(10);
                    assertThat(summary.conflictsOnPush()).isZero();
                }
            }
        } finally {
            pool.shutdownNow();
        }

        // 8 devices x 10 promises x 5 days: each change stored exactly once, as one version, in its own feed place.
        ServerTables tables = new ServerTables(central.database());
        tables.assertConsistent();
        assertThat(central.count("SELECT count(*) FROM applied_change")).isEqualTo(400);
        assertThat(central.count("SELECT count(DISTINCT change_id) FROM promise_version")).isEqualTo(400);
        assertThat(central.count("SELECT count(*) FROM promise WHERE version = 5")).isEqualTo(80);
        assertThat(central.count("SELECT count(*) FROM conflict")).isZero();
        assertThat(central.count("SELECT value FROM sync_counter WHERE name = 'feed'")).as("feed places given out")
                .isEqualTo(400);
        for (int r = 0; r < reps.size(); r++) {
            String rep = reps.get(r);
            Device device = devices.get(2 * r);
            Device other = devices.get(2 * r + 1);
            for (Device each : List.of(device, other)) {
                each.pointAt(random.nextBoolean() ? central.url() : urlB());
                each.sync();
            }
            // Each device has pulled what the other pushed, whichever server either used.
            assertThat(device.syncedContents()).hasSize(20).isEqualTo(other.syncedContents())
                    .isEqualTo(tables.promises(rep));
            // Read page by page from A only, from B only, and alternately: the same records, the same cursors.
            device.pointAt(central.url());
            SyncClient onA = device.client();
            device.pointAt(urlB());
            SyncClient onB = device.client();
            List<String> fromA = pages(onA, onA);
            assertThat(fromA).as("20 promises, 6 a page").hasSize(4);
            assertThat(pages(onB, onB)).isEqualTo(fromA);
            assertThat(pages(onA, onB)).isEqualTo(fromA);
            assertThat(pages(onB, onA)).isEqualTo(fromA);
            Device fresh = deviceOn(rep + "-new", central.token(rep, "rep"), urlB());
            assertThat(fresh.sync().pulled()).isEqualTo(20);
            assertThat(fresh.syncedContents()).isEqualTo(device.syncedContents());
        }
    }

    /** Every page of the feed, 6 records a page, asking {@code odd} and {@code even} server in turn. */
    private static List<String> pages(SyncClient odd, SyncClient even) throws SyncException {
        List<String> pages = new ArrayList<>();
        long cursor = 0;
        PullResponse page;
        do {
            page = (pages.size() % 2 == 0 ? odd : even).pull(cursor, 6);
            StringBuilder text = new StringBuilder("cursor " + page.cursor() + " more " + page.more() + ":");
            page.promises().forEach(p -> text.append(' ').append(p.seq()).append('=').append(p.id()).append('v')
                    .append(p.version()));
            pages.add(text.toString());
            cursor = page.cursor();
        } while (page.more());
        return pages;
    }

    @Test
    void twoDevicesOfOneRepEditingOfflineAndSyncingWithDifferentServersConflict() throws Exception {
        String token = central.token("anna", "rep");
        Device laptop = device("laptop", token);
        Device tablet = deviceOn("tablet", token, urlB());
        Promise original = promise("Northwind Traders", "Fleet analytics rollout");
        laptop.save(original);
        laptop.sync();
        tablet.sync();
        assertThat(tablet.promise(original.id())).isEqualTo(original);

        laptop.save(retitled(original, "Fleet analytics, phase 1"));
        tablet.save(recustomered(original, "Northwind Traders GmbH"));
        assertThat(laptop.sync().conflictsOnPush()).isZero();
        assertThat(tablet.sync().conflictsOnPush()).isEqualTo(1);
        List<Conflict> conflicts = tablet.store().sync().conflicts().list();
        assertThat(conflicts).hasSize(1);
        laptop.sync();
        assertThat(laptop.openConflicts()).containsExactly(conflicts.get(0).id().toString());

        Promise merged = recustomered(retitled(original, "Fleet analytics, phase 1"), "Northwind Traders GmbH");
        tablet.store().sync().conflicts().resolve(conflicts.get(0).id(), merged);
        assertThat(tablet.sync().conflictsOnPush()).isZero();
        laptop.sync();
        assertThat(laptop.promise(original.id())).isEqualTo(merged);
        assertThat(laptop.openConflicts()).isEmpty();
        assertThat(laptop.syncedContents()).isEqualTo(tablet.syncedContents())
                .isEqualTo(new ServerTables(central.database()).promises("anna"));
    }

    @Test
    void editsOfOnePromiseSentAtOnceToBothServersMakeOneNewVersionAndConflictsForTheRest() throws Exception {
        String token = central.token("anna", "rep");
        Promise shared = promise("Northwind Traders", "Fleet analytics rollout");
        Device first = device("device-0", token);
        first.save(shared);
        first.sync();
        List<Device> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Device device = deviceOn("edit-" + i, token, i % 2 == 0 ? central.url() : urlB());
            device.sync();
            device.save(retitled(shared, "Edit from device " + i));
            all.add(device);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(all.size());
        int conflicts = 0;
        try {
            List<Future<SyncRound.Summary>> rounds = new ArrayList<>();
            for (Device device : all) {
                rounds.add(pool.submit(() -> {
                    start.await();
                    return device.sync();
                }));
            }
            start.countDown();
            for (Future<SyncRound.Summary> round : rounds) {
                conflicts += round.get().conflictsOnPush();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(conflicts).isEqualTo(5);
        assertThat(central.count("SELECT count(*) FROM promise_version")).isEqualTo(2);
        assertThat(central.count("SELECT count(*) FROM conflict WHERE status = 'open'")).isEqualTo(5);
        new ServerTables(central.database()).assertConsistent();
    }

    @Test
    void aTokenRevokedOnTheDatabaseIsRefusedByBothServersAtOnce() throws Exception {
        String token = central.token("anna", "rep");
        Device onA = device("on-a", token);
        Device onB = deviceOn("on-b", token, urlB());
        assertThat(onA.client().me().user()).isEqualTo("anna");
        assertThat(onB.client().me().user()).isEqualTo("anna");

        String id = central.tokens().list().stream().filter(t -> t.user().equals("anna")).findFirst().orElseThrow().id();
        assertThat(central.tokens().revoke(id)).isTrue();

        for (Device device : List.of(onA, onB)) {
            assertThatThrownBy(() -> device.client().me()).isInstanceOf(SyncException.class)
                    .hasMessageContaining("refused the token: it was revoked");
        }
    }
}
