package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.Slow;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.Extra;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Responsibility;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Slow
class PromiseRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final List<String> CHILD_TABLES = List.of("commitment_line", "line_term", "expectation",
            "expectation_line", "responsibility", "responsibility_line", "extra");

    @TempDir
    Path dir;
    private LocalStore store;
    private PromiseRepository promises;

    @BeforeEach
    void open() {
        store = LocalStore.open(dir, new TickingClock(T0));
        promises = store.promises();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSavedPromiseReadsBackEqualInEveryPart() {
        Promise original = Promises.full(UUID.randomUUID());

        promises.save(original);

        assertThat(promises.find(original.id())).contains(original);
    }

    @Test
    void theDayAPromiseWasAgreedIsKeptAndClearedWhenItIsNoLongerAgreed() {
        Promise agreed = Promises.full(UUID.randomUUID()).agreed(LocalDate.of(2026, 11, 30));

        promises.save(agreed);
        assertThat(promises.find(agreed.id())).contains(agreed);
        promises.save(agreed.withStatus(PromiseStatus.READ_BACK));
        assertThat(promises.find(agreed.id()).orElseThrow().agreedOn()).isNull();
    }

    @Test
    void theCustomersLanguageIsKeptAndNoneChosenStaysNone() {
        Promise polish = Promises.full(UUID.randomUUID()).withLanguage(Language.PL);
        Promise unchosen = Promises.full(UUID.randomUUID()).withLanguage(null);

        promises.save(polish);
        promises.save(unchosen);

        assertThat(promises.find(polish.id()).orElseThrow().language()).isEqualTo(Language.PL);
        assertThat(promises.find(unchosen.id()).orElseThrow().language()).isNull();
        promises.save(polish.withLanguage(Language.DE));
        assertThat(promises.find(polish.id()).orElseThrow().language()).isEqualTo(Language.DE);
    }

    @Test
    void theAgreedPromisesAreReadTogetherEachWithItsOwnParts() {
        LocalDate agreedOn = LocalDate.of(2026, 11, 30);
        Promise draft = Promises.full(UUID.randomUUID());
        Promise agreed = Promises.full(UUID.randomUUID()).agreed(agreedOn);
        Promise kept = Promises.simple(UUID.randomUUID(), "Kestrel Haulage", "First 20 vans").agreed(agreedOn)
                .withStatus(PromiseStatus.KEPT);
        Promise plain = Promises.simple(UUID.randomUUID(), "Baltic Freight", "Riga yard").agreed(agreedOn);
        Promise inDelivery = new Promise(UUID.randomUUID(), new Customer("Ostwind Logistik", "EU", null), "Tachographs",
                LocalDate.of(2026, 12, 2), PromiseStatus.DRAFT,
                List.of(CommitmentLine.of("FLEET-TACHO", 40, LocalDate.of(2027, 1, 15)), CommitmentLine.of("ONB-STD", 1, null)),
                List.of(Expectation.open("Every truck by February", List.of(1, 0))),
                List.of(new Responsibility("Company card", LocalDate.of(2026, 12, 20), List.of(0))),
                List.of(new Extra("A spare card reader"))).agreed(agreedOn).withStatus(PromiseStatus.IN_DELIVERY);
        for (Promise promise : List.of(draft, agreed, kept, plain, inDelivery)) {
            promises.save(promise);
        }

        assertThat(promises.agreed()).containsExactly(agreed, plain, inDelivery);
        assertThat(promises.all()).containsExactly(draft, agreed, kept, plain, inDelivery);
    }

    @Test
    void anUnknownPromiseIsNotFound() {
        assertThat(promises.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void savingAgainReplacesThePartsAndBumpsTheVersion() throws SQLException {
        Promise first = Promises.full(UUID.randomUUID());
        promises.save(first);
        Promise changed = new Promise(first.id(), first.customer(), "Smaller rollout", first.start(),
                PromiseStatus.DRAFT, List.of(CommitmentLine.of("ONB-STD", 2, LocalDate.of(2026, 12, 18))),
                List.of(Expectation.open("Live before the holiday freeze", List.of(0))), List.of(), List.of());

        promises.save(changed);

        assertThat(promises.find(first.id())).contains(changed);
        assertThat(promises.list()).singleElement().satisfies(row -> {
            assertThat(row.version()).isEqualTo(2);
            assertThat(row.title()).isEqualTo("Smaller rollout");
        });
        assertThat(rowsIn("commitment_line")).isEqualTo(1);
        assertThat(rowsIn("line_term")).isZero();
        assertThat(rowsIn("expectation_line")).isEqualTo(1);
        assertThat(rowsIn("responsibility") + rowsIn("responsibility_line") + rowsIn("extra")).isZero();
    }

    @Test
    void theListShowsTheMostRecentlyUpdatedFirst() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        promises.save(Promises.simple(a, "Alpha GmbH", "A"));
        promises.save(Promises.simple(b, "Beta AG", "B"));
        promises.save(Promises.simple(c, "Gamma SE", "C"));
        promises.save(Promises.simple(a, "Alpha GmbH", "A, revised"));

        List<PromiseRow> rows = promises.list();

        assertThat(rows).extracting(PromiseRow::id).containsExactly(a, c, b);
        PromiseRow top = rows.get(0);
        assertThat(top.customer()).isEqualTo("Alpha GmbH");
        assertThat(top.title()).isEqualTo("A, revised");
        assertThat(top.status()).isEqualTo(PromiseStatus.DRAFT);
        assertThat(top.start()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(top.version()).isEqualTo(2);
        assertThat(top.updatedAt()).isAfter(rows.get(1).updatedAt());
    }

    @Test
    void everySaveWritesExactlyOneOutboxEntryOldestFirst() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        promises.save(Promises.simple(a, "Alpha GmbH", "A"));
        promises.save(Promises.simple(b, "Beta AG", "B"));
        promises.save(Promises.simple(a, "Alpha GmbH", "A2"));

        assertThat(store.outbox().pendingCount()).isEqualTo(3);
        List<OutboxEntry> entries = store.outbox().pending(10);
        assertThat(entries).extracting(OutboxEntry::entity).containsOnly("promise");
        assertThat(entries).extracting(OutboxEntry::entityId, OutboxEntry::entityVersion).containsExactly(
                org.assertj.core.groups.Tuple.tuple(a.toString(), 1L),
                org.assertj.core.groups.Tuple.tuple(b.toString(), 1L),
                org.assertj.core.groups.Tuple.tuple(a.toString(), 2L));
        assertThat(entries).extracting(OutboxEntry::changeId).doesNotHaveDuplicates();
        assertThat(entries.get(0).createdAt()).isBefore(entries.get(2).createdAt());
        assertThat(store.outbox().pending(2)).containsExactlyElementsOf(entries.subList(0, 2));
    }

    @Test
    void aFailureMidChangeLeavesNeitherThePromiseNorAnOutboxEntry() throws SQLException {
        Promise kept = Promises.simple(UUID.randomUUID(), "Alpha GmbH", "Saved before");
        promises.save(kept);
        failEveryOutboxInsert();

        Promise fresh = Promises.full(UUID.randomUUID());
        assertThatThrownBy(() -> promises.save(fresh))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("could not save promise " + fresh.id() + ": ")
                .hasMessageContaining("boom");
        Promise changed = Promises.full(kept.id());
        assertThatThrownBy(() -> promises.save(changed)).isInstanceOf(StoreException.class);

        assertThat(promises.find(fresh.id())).isEmpty();
        assertThat(promises.find(kept.id())).contains(kept);
        assertThat(promises.list()).singleElement().extracting(PromiseRow::version).isEqualTo(1L);
        assertThat(store.outbox().pendingCount()).isEqualTo(1);
        for (String table : CHILD_TABLES) {
            assertThat(rowsIn(table, fresh.id())).as("rows of the failed promise in %s", table).isZero();
        }
        assertThat(rowsIn("commitment_line", kept.id())).isEqualTo(1);
    }

    @Test
    void theStoreKeepsWorkingAfterAFailedSave() throws SQLException {
        failEveryOutboxInsert();
        assertThatThrownBy(() -> promises.save(Promises.full(UUID.randomUUID()))).isInstanceOf(StoreException.class);
        try (Connection plain = plainConnection(); Statement statement = plain.createStatement()) {
            statement.executeUpdate("DROP TRIGGER fail_outbox");
        }

        Promise next = Promises.full(UUID.randomUUID());
        promises.save(next);

        assertThat(promises.find(next.id())).contains(next);
        assertThat(store.outbox().pendingCount()).isEqualTo(1);
    }

    @Test
    void savesFromSeveralThreadsAreAllKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                saves.add(pool.submit(() -> promises.save(Promises.simple(UUID.randomUUID(), "Customer " + n, "T" + n))));
            }
            for (Future<?> save : saves) {
                save.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(promises.list()).hasSize(40);
        assertThat(store.outbox().pendingCount()).isEqualTo(40);
    }

    private void failEveryOutboxInsert() throws SQLException {
        try (Connection plain = plainConnection(); Statement statement = plain.createStatement()) {
            statement.executeUpdate(
                    "CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'boom'); END");
        }
    }

    private Connection plainConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + store.file());
    }

    private int rowsIn(String table) throws SQLException {
        return count("SELECT count(*) FROM " + table);
    }

    private int rowsIn(String table, UUID promise) throws SQLException {
        return count("SELECT count(*) FROM " + table + " WHERE promise_key = (SELECT key FROM promise WHERE id = '" + promise + "')");
    }

    private int count(String sql) throws SQLException {
        try (Connection plain = plainConnection(); Statement statement = plain.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
