package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.DeliveryMark;
import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A delivery mark, its outbox entry and the status it leads to are written together, and never edited. */
class DeliveryRepositoryTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);
    private static final Instant T = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dataDir;

    private LocalStore store;
    private Promise promise;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        promise = new Promise(java.util.UUID.randomUUID(), new Customer("Northwind Traders", "EU", null), "Fleet",
                DUE.minusDays(30), PromiseStatus.AGREED, DUE.minusDays(30), List.of(CommitmentLine.of("ONB-STD", 1, DUE),
                CommitmentLine.bespoke("ERP export", DUE)), List.of(), List.of(), List.of());
        store.promises().save(promise);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void eachMarkMovesTheStatusInTheSameWriteAndGoesToTheOutbox() {
        int before = store.outbox().pendingCount();
        store.deliveries().record(promise.id(), DeliveryMark.delivered(0, DUE, T), p -> List.of(DUE, DUE), DUE);
        assertThat(store.promises().find(promise.id()).orElseThrow().status()).isEqualTo(PromiseStatus.IN_DELIVERY);

        store.deliveries().record(promise.id(), DeliveryMark.delivered(1, DUE.plusDays(1), T.plusSeconds(1)),
                p -> List.of(DUE, DUE), DUE.plusDays(2));
        Promise now = store.promises().find(promise.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(PromiseStatus.BROKEN);
        assertThat(now.agreedOn()).isEqualTo(promise.agreedOn());
        // Two marks and two status changes of the promise.
        assertThat(store.outbox().pendingCount()).isEqualTo(before + 4);
        assertThat(store.deliveries().marksOf(promise.id())).extracting(DeliveryMark::line).containsExactly(0, 1);
    }

    @Test
    void aRefusedMarkLeavesNothingBehind() {
        int before = store.outbox().pendingCount();
        assertThatThrownBy(() -> store.deliveries().record(promise.id(), DeliveryMark.delivered(5, DUE, T),
                p -> List.of(DUE, DUE), DUE)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> store.deliveries().record(promise.id(), DeliveryMark.delivered(0, DUE, T),
                p -> { throw new IllegalStateException("the checker failed mid-way"); }, DUE))
                .isInstanceOf(RuntimeException.class);
        assertThat(store.outbox().pendingCount()).isEqualTo(before);
        assertThat(store.deliveries().marksOf(promise.id())).isEmpty();
        assertThat(store.promises().find(promise.id()).orElseThrow().status()).isEqualTo(PromiseStatus.AGREED);
    }

    @Test
    void aMarkIsHistoryTheDatabaseRefusesToChangeOrRemove() throws Exception {
        store.deliveries().record(promise.id(), DeliveryMark.delivered(0, DUE, T), p -> List.of(DUE, DUE), DUE);
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE delivery_mark SET on_date = '2026-11-01'"))
                    .hasMessageContaining("history");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM delivery_mark"))
                    .hasMessageContaining("history");
        }
    }
}
