package com.promisedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.ui.CatalogInUse;
import com.promisedesk.ui.Threads;
import java.nio.file.Path;
import java.time.LocalDate;
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

            model.opened(store.outbox(), CatalogInUse.fixed(CurrentCatalog.loadOrImportSample(store)));
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
    void pendingChangesAreCountedInWords() {
        assertThat(MainViewModel.pendingText(0)).isEqualTo("Nothing to sync");
        assertThat(MainViewModel.pendingText(1)).isEqualTo("1 change to sync");
        assertThat(MainViewModel.pendingText(12)).isEqualTo("12 changes to sync");
    }

    @Test
    void aStoreThatCannotOpenSaysWhatToDo() {
        MainViewModel model = new MainViewModel(Threads.inline());
        model.failedToOpen("the disk is full");
        assertThat(model.problemProperty().get()).contains("the disk is full").contains("start PromiseDesk again");
        assertThat(model.catalogStatusProperty().get()).isEqualTo("Local store not open");
    }

    @Test
    void startsOnThePromisesScreen() {
        assertThat(new MainViewModel(Threads.inline()).screenProperty().get()).isEqualTo(Screen.PROMISES);
    }
}
