package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.Slow;
import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.SyncRecords.PulledPage;
import com.promisedesk.store.SyncRecords.PushAck;
import com.promisedesk.store.SyncRecords.SyncedPromise;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The device's sync state: what to push, answers, pulled pages, conflicts, bookings. */
@Slow
class SyncStoreTest {

    @TempDir
    Path dir;

    private LocalStore store;

    @BeforeEach
    void open() {
        store = LocalStore.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static PulledPage page(long cursor, SyncedPromise... promises) {
        return new PulledPage(List.of(promises), List.of(), List.of(), null, cursor, false);
    }

    @Test
    void aPulledPromiseReadsBackEqualWithEveryPartAndWritesNoOutboxEntry() {
        Promise full = Promises.full(UUID.randomUUID());
        store.sync().applyPulled(page(5, new SyncedPromise(full, 1)));
        assertThat(store.promises().find(full.id())).contains(full);
        Promise changed = Promises.full(full.id()).withExpectations(List.of());
        store.sync().applyPulled(page(9, new SyncedPromise(changed, 2)));
        assertThat(store.promises().find(full.id())).contains(changed);
        assertThat(store.sync().serverVersion(full.id())).isEqualTo(2);
        assertThat(store.sync().cursor().position()).isEqualTo(9);
        assertThat(store.outbox().pendingCount()).isZero();
        // An old page again changes nothing, and the cursor never moves back.
        store.sync().applyPulled(page(5, new SyncedPromise(full, 1)));
        assertThat(store.promises().find(full.id())).contains(changed);
        assertThat(store.sync().cursor().position()).isEqualTo(9);
    }

    @Test
    void aPromiseTwiceInOnePageEndsAsItsNewerVersionWithTheOthersBesideIt() {
        Promise full = Promises.full(UUID.randomUUID());
        Promise other = Promises.full(UUID.randomUUID());
        Promise changed = Promises.full(full.id()).withExpectations(List.of());
        store.sync().applyPulled(page(7, new SyncedPromise(full, 1), new SyncedPromise(other, 1),
                new SyncedPromise(changed, 2)));
        assertThat(store.promises().find(full.id())).contains(changed);
        assertThat(store.promises().find(other.id())).contains(other);
        assertThat(store.sync().serverVersion(full.id())).isEqualTo(2);
    }

    @Test
    void aPromiseChangedHereIsNotOverwrittenByAPull() {
        Promise mine = Promises.simple(UUID.randomUUID(), "Northwind", "Mine");
        store.promises().save(mine);
        var applied = store.sync().applyPulled(page(3, new SyncedPromise(Promises.simple(mine.id(), "Northwind", "Theirs"), 4)));
        assertThat(applied.keptLocal()).isEqualTo(1);
        assertThat(store.promises().find(mine.id()).orElseThrow().title()).isEqualTo("Mine");
    }

    @Test
    void aLargePageKeepsEveryPromiseChangedHereAndAppliesTheRest() {
        // More promises than one lookup asks about, with local edits at both ends and in between.
        List<Promise> pulled = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            pulled.add(Promises.simple(UUID.randomUUID(), "Customer " + i, "Theirs " + i));
        }
        for (int i : new int[] {0, 499, 500, 1_199}) {
            store.promises().save(Promises.simple(pulled.get(i).id(), "Customer " + i, "Mine " + i));
        }
        store.sync().applyPulled(page(10, new SyncedPromise(Promises.simple(pulled.get(7).id(), "Customer 7", "Old"), 1),
                new SyncedPromise(Promises.simple(pulled.get(900).id(), "Customer 900", "Same"), 2)));

        var applied = store.sync().applyPulled(page(20, pulled.stream().map(p -> new SyncedPromise(p, 2))
                .toArray(SyncedPromise[]::new)));

        assertThat(applied.keptLocal()).isEqualTo(4);
        assertThat(applied.promises()).isEqualTo(1_200 - 4 - 1);
        assertThat(store.promises().find(pulled.get(499).id()).orElseThrow().title()).isEqualTo("Mine 499");
        assertThat(store.promises().find(pulled.get(1_199).id()).orElseThrow().title()).isEqualTo("Mine 1199");
        assertThat(store.promises().find(pulled.get(7).id())).contains(pulled.get(7));
        assertThat(store.promises().find(pulled.get(900).id()).orElseThrow().title()).isEqualTo("Same");
        assertThat(store.promises().find(pulled.get(1_000).id())).contains(pulled.get(1_000));
        assertThat(store.sync().serverVersion(pulled.get(7).id())).isEqualTo(2);
        assertThat(store.sync().serverVersion(pulled.get(0).id())).isZero();
    }

    @Test
    void pendingPushesGroupEveryEntryOfAPromiseAndAnAnswerClearsThem() {
        Promise p = Promises.simple(UUID.randomUUID(), "Baltic", "One");
        store.promises().save(p);
        store.promises().save(Promises.simple(p.id(), "Baltic", "Two"));
        store.promises().save(Promises.simple(p.id(), "Baltic", "Three"));
        var pending = store.sync().pendingPushes(10);
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).supersedes()).hasSize(2);
        assertThat(pending.get(0).promise().title()).isEqualTo("Three");
        assertThat(pending.get(0).baseVersion()).isZero();
        store.promises().save(Promises.simple(p.id(), "Baltic", "Four"));
        store.sync().acknowledge(List.of(new PushAck(p.id(), pending.get(0).upToOutboxSeq(), true, 1)));
        // The edit made while the push was in flight is still waiting, now based on version 1.
        assertThat(store.sync().pendingPushes(10)).singleElement()
                .satisfies(next -> assertThat(next.baseVersion()).isEqualTo(1))
                .satisfies(next -> assertThat(next.supersedes()).isEmpty());
    }

    @Test
    void aResolutionIsBasedOnTheirsAndCarriesTheConflictId() {
        Promise p = Promises.simple(UUID.randomUUID(), "Ostwind", "Base");
        UUID conflictId = UUID.randomUUID();
        store.sync().applyPulled(new PulledPage(List.of(new SyncedPromise(p, 3)), List.of(new Conflict(
                conflictId, p.id(), "open", 1, null, 3, "{}", "{}", Instant.parse("2026-11-23T17:00:00Z"))),
                List.of(), new TeamBookings(Map.of(TeamBookings.Key.of("ONB-STD", LocalDate.of(2026, 12, 15)), 3)), 7, true));
        assertThat(store.sync().teamBookings().current().booked("ONB-STD", LocalDate.of(2026, 12, 14))).isEqualTo(3);
        assertThat(store.sync().cursor().lastSyncAt()).isPresent();

        store.sync().conflicts().resolve(conflictId, Promises.simple(p.id(), "Ostwind", "Merged"));
        var push = store.sync().pendingPushes(10).get(0);
        assertThat(push.resolves()).containsExactly(conflictId);
        assertThat(push.baseVersion()).isEqualTo(3);
        assertThat(store.sync().conflicts().list()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo("resolving"));
        assertThatThrownBy(() -> store.sync().conflicts().resolve(UUID.randomUUID(), p)).isInstanceOf(StoreException.class)
                .hasMessageContaining("no open conflict");
    }
}
