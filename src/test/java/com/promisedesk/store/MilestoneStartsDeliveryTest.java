package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first milestone done moves an agreed promise into delivery, in the write that marks it, and it stays there. */
class MilestoneStartsDeliveryTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dataDir;

    private LocalStore store;
    private Promise promise;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        promise = new Promise(UUID.randomUUID(), new Customer("Northwind Traders", "EU", null), "Fleet", DUE.minusDays(30),
                PromiseStatus.AGREED, DUE.minusDays(30), List.of(CommitmentLine.of("ONB-STD", 1, DUE)), List.of(), List.of(),
                List.of());
        store.promises().save(promise);
        store.milestones().add(promise.id(), "Workspace set up", DUE.minusDays(10));
        store.milestones().add(promise.id(), "Admins trained", DUE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aMilestoneDoneMovesAnAgreedPromiseIntoDeliveryWithItsOutboxEntry() throws Exception {
        int before = store.outbox().pendingCount();

        store.milestones().markDone(promise.id(), 1, true);

        Promise now = store.promises().find(promise.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(PromiseStatus.IN_DELIVERY);
        assertThat(now.agreedOn()).as("the agreed day stays").isEqualTo(promise.agreedOn());
        // The milestone update and the promise in its new status both go up with the next sync.
        assertThat(store.outbox().pendingCount()).isEqualTo(before + 2);
        assertThat(statusInTheFile()).isEqualTo("IN_DELIVERY");
    }

    @Test
    void markedNotDoneAgainThePromiseStaysInDeliveryAndASecondDoneWritesNoStatus() {
        store.milestones().markDone(promise.id(), 1, true);
        store.milestones().markDone(promise.id(), 1, false);
        assertThat(store.promises().find(promise.id()).orElseThrow().status()).isEqualTo(PromiseStatus.IN_DELIVERY);

        int before = store.outbox().pendingCount();
        store.milestones().markDone(promise.id(), 2, true);
        assertThat(store.outbox().pendingCount()).as("only the milestone's update").isEqualTo(before + 1);
    }

    @Test
    void aMilestoneMarkedNotDoneLeavesAnAgreedPromiseAgreed() {
        store.milestones().markDone(promise.id(), 1, false);
        assertThat(store.promises().find(promise.id()).orElseThrow().status()).isEqualTo(PromiseStatus.AGREED);
    }

    /** What another connection reads: the status was committed with the milestone, not kept in memory. */
    private String statusInTheFile() throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             var select = connection.prepareStatement("SELECT status FROM promise WHERE id = ?")) {
            select.setString(1, promise.id().toString());
            ResultSet rows = select.executeQuery();
            rows.next();
            return rows.getString(1);
        }
    }
}
