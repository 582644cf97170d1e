package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.domain.Customer;
import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Milestones are numbered per promise; each write keeps its update and an outbox entry, or nothing. */
class MilestoneRepositoryTest {

    @TempDir
    Path dataDir;

    private LocalStore store;
    private Promise promise;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        promise = Promise.draft(new Customer("Northwind Traders", "EU", null), "Fleet", LocalDate.of(2026, 11, 30))
                .withStatus(PromiseStatus.AGREED);
        store.promises().save(promise);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void eachWriteIsKeptAsAnUpdateWithItsOutboxEntry() {
        int before = store.outbox().pendingItems();
        store.milestones().add(promise.id(), "Workspace set up", LocalDate.of(2026, 12, 1));
        store.milestones().add(promise.id(), "Admins trained", LocalDate.of(2026, 12, 15));
        store.milestones().markDone(promise.id(), 1, true);
        store.milestones().markDone(promise.id(), 1, true);

        assertThat(store.milestones().list(promise.id())).extracting(MilestoneRow::position, r -> r.milestone().done())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true), org.assertj.core.groups.Tuple.tuple(2, false));
        // Marking done twice is one update; each update is its own change.
        assertThat(store.outbox().pendingItems()).isEqualTo(before + 3);
        var pending = store.sync().milestoneUploads().pending(10);
        assertThat(pending).extracting(u -> u.milestone().text(), u -> u.milestone().done()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Workspace set up", false),
                org.assertj.core.groups.Tuple.tuple("Admins trained", false),
                org.assertj.core.groups.Tuple.tuple("Workspace set up", true));

        store.sync().milestoneUploads().acknowledge(pending.stream().map(MilestoneUploads.PendingUpdate::changeId).toList());
        assertThat(store.sync().milestoneUploads().pendingCount()).isZero();
        assertThat(store.milestones().list(promise.id())).hasSize(2);
    }

    @Test
    void aRefusedWriteLeavesNothingBehind() {
        int before = store.outbox().pendingItems();
        assertThatThrownBy(() -> store.milestones().add(UUID.randomUUID(), "Go live", LocalDate.of(2026, 12, 1)))
                .isInstanceOf(StoreException.class).hasMessageContaining("no promise");
        assertThatThrownBy(() -> store.milestones().add(promise.id(), " ", LocalDate.of(2026, 12, 1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> store.milestones().markDone(promise.id(), 1, true))
                .isInstanceOf(StoreException.class).hasMessageContaining("no milestone 1");
        assertThat(store.milestones().list(promise.id())).isEmpty();
        assertThat(store.outbox().pendingItems()).isEqualTo(before);
    }

    @Test
    void theRuleTheAppAndTheCommandLineShareIsCheckedWhereTheMilestoneIsWritten() {
        store.milestones().add(promise.id(), "Admins trained", LocalDate.of(2026, 12, 15));
        int before = store.outbox().pendingItems();
        assertThatThrownBy(() -> store.milestones().add(promise.id(), "Workspace set up", LocalDate.of(2026, 12, 1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("before milestone 1");
        Promise draft = Promise.draft(new Customer("Ostwind", "EU", null), "Pilot", LocalDate.of(2026, 11, 30));
        store.promises().save(draft);
        int withDraft = store.outbox().pendingItems();
        assertThatThrownBy(() -> store.milestones().add(draft.id(), "Go live", LocalDate.of(2027, 1, 29)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("once the promise is agreed");
        store.promises().save(promise.withStatus(PromiseStatus.KEPT));
        int kept = store.outbox().pendingItems();
        assertThatThrownBy(() -> store.milestones().markDone(promise.id(), 1, true))
                .as("a kept promise's milestones stay as they were, as in the app").isInstanceOf(InvalidValueException.class);

        assertThat(withDraft).isEqualTo(before + 1);
        assertThat(store.outbox().pendingItems()).isEqualTo(kept);
        assertThat(store.milestones().list(promise.id())).extracting(r -> r.milestone().done()).containsExactly(false);
        assertThat(store.milestones().list(draft.id())).isEmpty();
    }
}
