package com.promisedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.Conflict;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.SyncRecords;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    @TempDir
    Path dataDir;

    @Test
    void statusBarShowsTheCatalogAndWhatWaitsToSync() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            MainViewModel model = new MainViewModel(Threads.inline());
            assertThat(model.catalogStatusProperty().get()).isEqualTo("Opening your local store…");

            model.opened(store.outbox(), store.sync(), JudgingInUse.fixed(CurrentCatalog.loadOrImportSample(store)));
            assertThat(model.catalogStatusProperty().get()).isEqualTo("Catalog 2026.11.2");
            assertThat(model.pendingStatusProperty().get()).isEqualTo("Nothing to sync");

            Promise draft = Promise.draft(new Customer("Northwind Traders", "EU", null), "Rollout",
                    LocalDate.of(2026, 11, 23));
            store.promises().save(draft);
            store.promises().save(draft.withTitle("Fleet rollout"));
            model.refreshPending();
            assertThat(model.pendingStatusProperty().get()).as("two edits of one promise are one thing to sync")
                    .isEqualTo("1 change to sync");
            store.promises().save(Promise.draft(new Customer("Ostwind", "EU", null), "Pilot", LocalDate.of(2026, 11, 23)));
            model.refreshPending();
            assertThat(model.pendingStatusProperty().get()).isEqualTo("2 changes to sync");
        }
    }

    @Test
    void statusBarSaysWhenAConflictWaitsForTheRep() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            MainViewModel model = new MainViewModel(Threads.inline());
            model.opened(store.outbox(), store.sync(), JudgingInUse.fixed(CurrentCatalog.loadOrImportSample(store)));
            Promise theirs = Promise.draft(new Customer("Northwind Traders", "EU", null), "Rollout, phase 1",
                    LocalDate.of(2026, 11, 23));
            Promise yours = theirs.withTitle("Rollout, all depots");
            store.sync().applyPulled(new SyncRecords.PulledPage(List.of(new SyncRecords.SyncedPromise(theirs, 2)),
                    List.of(new Conflict(UUID.randomUUID(), theirs.id(), "open", 1, null, 2,
                            PromiseFile.write(theirs), PromiseFile.write(yours), Instant.parse("2026-11-23T17:00:00Z"))),
                    List.of(), null, 3, true));

            model.refreshPending();

            assertThat(model.pendingStatusProperty().get()).isEqualTo("1 conflict to resolve (Sync)");
        }
    }

    @Test
    void pendingChangesAreCountedInWords() {
        assertThat(MainViewModel.pendingText(0, 0)).isEqualTo("Nothing to sync");
        assertThat(MainViewModel.pendingText(1, 0)).isEqualTo("1 change to sync");
        assertThat(MainViewModel.pendingText(12, 0)).isEqualTo("12 changes to sync");
        assertThat(MainViewModel.pendingText(0, 1)).isEqualTo("1 conflict to resolve (Sync)");
        assertThat(MainViewModel.pendingText(2, 3)).isEqualTo("3 conflicts to resolve (Sync) · 2 changes to sync");
    }

    @Test
    void aStoreThatCannotOpenSaysWhatToDo() {
        MainViewModel model = new MainViewModel(Threads.inline());
        model.failedToOpen("the disk is full");
        assertThat(model.problemProperty().get()).contains("the disk is full").contains("start PromiseDesk again");
        assertThat(model.catalogStatusProperty().get()).isEqualTo("Local store not open");
    }

    @Test
    void startsOnTheTodayScreen() {
        assertThat(new MainViewModel(Threads.inline()).screenProperty().get()).isEqualTo(Screen.TODAY);
    }
}
