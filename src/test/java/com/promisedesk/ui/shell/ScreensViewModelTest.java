package com.promisedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.ExpectedLog;
import com.promisedesk.SampleDay;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.Threads;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What one screen does that another follows, without a toolkit: a real local store, work run inline. */
class ScreensViewModelTest {

    @RegisterExtension
    final ExpectedLog log = ExpectedLog.of(Threads.class);

    @TempDir
    Path dataDir;

    private LocalStore store;
    private MainViewModel main;
    private ScreensViewModel screens;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        Catalog catalog = CurrentCatalog.loadOrImportSample(store);
        main = new MainViewModel(Threads.inline());
        screens = new ScreensViewModel(main, store, dataDir, Judging.of(store, catalog), Threads.inline(),
                SampleDay.CLOCK);
        screens.start();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void startingNamesTheCatalogInUseAndReadsEveryScreen() {
        assertThat(main.catalogStatusProperty().get()).isEqualTo("Catalog 2026.11.2");
        assertThat(main.pendingStatusProperty().get()).isEqualTo("Nothing to sync");
        assertThat(screens.approvals().rows()).isEmpty();
    }

    @Test
    void theApprovalsAreReadAgainWhenTheRepTurnsToThem() {
        requestApproval();
        assertThat(screens.approvals().rows()).as("not read again yet").isEmpty();

        main.screenProperty().set(Screen.APPROVALS);

        assertThat(screens.approvals().rows()).hasSize(1);
    }

    @Test
    void whenASyncEndsTheStatusBarAndTheApprovalsFollow() {
        requestApproval();

        screens.syncNow();

        assertThat(main.screenProperty().get()).isEqualTo(Screen.SYNC);
        assertThat(screens.sync().statusProperty().get()).startsWith("Sync is not set up yet");
        assertThat(screens.approvals().rows()).as("read again when the sync ended").hasSize(1);
        assertThat(log.takeErrors()).singleElement().asString().startsWith("Work failed: no central store yet");
        assertThat(main.pendingStatusProperty().get()).as("counted again when the sync ended").isNotEqualTo("Nothing to sync").endsWith("to sync");
    }

    private void requestApproval() {
        Promise promise = Promise.draft(new Customer("Ostwind Logistik", "EU", null), "Rollout", SampleDay.TODAY)
                .withLines(List.of(CommitmentLine.of("FLEET-CORE", 80, SampleDay.TODAY.plusDays(3))));
        store.promises().save(promise);
        store.requests().request(promise.id(), 0, 2, List.of("sales-lead", "product"), "The deal needs it");
    }
}
