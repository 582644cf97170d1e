package com.promisedesk.ui;

import com.promisedesk.SampleDay;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Verdict;
import com.promisedesk.store.Judging;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.SyncRecords;
import com.promisedesk.ui.catalog.CatalogViewModel;
import com.promisedesk.ui.editor.EditorViewModel;
import com.promisedesk.ui.editor.LineItem;
import com.promisedesk.ui.promises.PromiseListItem;
import com.promisedesk.ui.promises.PromisesViewModel;
import com.promisedesk.ui.shell.MainViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new catalog version, or the team's bookings of a sync, written to the real local store
 * while the app runs: once signalled, every screen judges and shows by them, without a restart.
 */
class JudgingInUseTest {

    static final LocalDate START = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dataDir;

    private LocalStore store;
    private Catalog sample;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        sample = CurrentCatalog.loadOrImportSample(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theOpenPromiseTheListTheCatalogScreenAndTheStatusBarFollowANewCatalog() {
        JudgingInUse inUse = JudgingInUse.of(store, Judging.of(sample), Threads.inline());
        EditorViewModel editor = new EditorViewModel(Promise.draft(new Customer("Northwind Traders", "EU", null),
                "Fleet rollout", START), inUse, store.promises(), Threads.inline(), START);
        editor.addCapabilityLine("FLEET-CORE");
        editor.setQuantity(0, 600);
        PromisesViewModel list = new PromisesViewModel(store.promises(), inUse, Threads.inline(), SampleDay.CLOCK);
        list.refresh();
        CatalogViewModel catalogScreen = new CatalogViewModel(store.catalogs(), inUse, Threads.inline());
        catalogScreen.queryProperty().set("FLEET-CORE");
        MainViewModel main = new MainViewModel(Threads.inline());
        main.opened(store.outbox(), store.sync(), inUse);
        assertThat(editor.lines()).extracting(LineItem::chip).containsExactly("Needs approval · tier 2");
        assertThat(list.items()).extracting(PromiseListItem::verdict).containsExactly(Verdict.NEEDS_APPROVAL);
        assertThat(main.catalogStatusProperty().get()).isEqualTo("Catalog 2026.11.2");

        CatalogVersions.importNext(store);
        assertThat(editor.lines().get(0).verdict()).as("nothing changes before the app is told").isEqualTo(
                Verdict.NEEDS_APPROVAL);
        List<Throwable> failures = new ArrayList<>();
        inUse.reload(failures::add);

        assertThat(failures).isEmpty();
        assertThat(inUse.get().version()).isEqualTo("2026.12.1");
        assertThat(editor.lines()).extracting(LineItem::chip).containsExactly("Standard");
        assertThat(editor.lineDetailProperty().get().verdict()).isEqualTo(Verdict.STANDARD);
        assertThat(editor.catalog().version()).isEqualTo("2026.12.1");
        assertThat(list.items()).extracting(PromiseListItem::verdict).containsExactly(Verdict.STANDARD);
        assertThat(main.catalogStatusProperty().get()).isEqualTo("Catalog 2026.12.1");
        assertThat(catalogScreen.detailProperty().get().facts().get(1).text()).startsWith("Up to 1000 (standard)");
        catalogScreen.queryProperty().set("");
        assertThat(catalogScreen.summaryProperty().get()).endsWith("capabilities in catalog 2026.12.1");
    }

    @Test
    void theTeamsBookingsOfTheLastSyncAreCountedByTheEditorAndTheList() {
        JudgingInUse inUse = JudgingInUse.of(store, Judging.read(store).orElseThrow(), Threads.inline());
        EditorViewModel editor = new EditorViewModel(Promise.draft(new Customer("Northwind Traders", "EU", null),
                "Fleet rollout", START), inUse, store.promises(), Threads.inline(), START);
        editor.addCapabilityLine("ONB-STD");
        LocalDate due = editor.checkProperty().get().lines().get(0).suggestedDate();
        editor.setDate(0, due);
        PromisesViewModel list = new PromisesViewModel(store.promises(), inUse, Threads.inline(), SampleDay.CLOCK);
        list.refresh();
        List<String> swaps = new ArrayList<>();
        inUse.property().addListener((o, was, now) -> swaps.add(was.version() + " -> " + now.version()));
        assertThat(editor.lines()).extracting(LineItem::chip).containsExactly("Standard");
        Catalog opened = inUse.get().catalog();
        com.promisedesk.ui.sync.CatalogNewsViewModel news = new com.promisedesk.ui.sync.CatalogNewsViewModel(inUse,
                store.promises(), Threads.inline(), SampleDay.CLOCK);

        // The sync says the team has booked all four onboarding starts of that week.
        store.sync().applyPulled(new SyncRecords.PulledPage(List.of(), List.of(), List.of(),
                new TeamBookings(Map.of(TeamBookings.Key.of("ONB-STD", due), 4)), 1, true));
        List<Throwable> failures = new ArrayList<>();
        inUse.reload(failures::add);

        assertThat(failures).isEmpty();
        assertThat(swaps).as("the same catalog, other bookings").containsExactly("2026.11.2 -> 2026.11.2");
        assertThat(editor.lines()).extracting(LineItem::chip).containsExactly("Needs approval · tier 2");
        assertThat(editor.lineDetailProperty().get().verdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(list.items()).extracting(PromiseListItem::verdict).containsExactly(Verdict.NEEDS_APPROVAL);
        assertThat(editor.judging().team().booked("ONB-STD", due)).isEqualTo(4);
        assertThat(inUse.get().catalog()).as("the same catalog version is not read again").isSameAs(opened);
        assertThat(news.headlineProperty().get()).as("no catalog news for new bookings").isEmpty();

        inUse.reload(failures::add);
        assertThat(swaps).as("the same bookings again change nothing").hasSize(1);
    }

    @Test
    void anotherOfTheRepsPromisesInTheSameWeekIsCountedAndFollowedAfterAReload() {
        // One enterprise rollout starts a week; Ostwind already has this one.
        Promise ostwind = new Promise(java.util.UUID.randomUUID(), new Customer("Ostwind", "EU", null), "Rollout", START,
                com.promisedesk.domain.PromiseStatus.AGREED, List.of(com.promisedesk.domain.CommitmentLine.of("ONB-ENT", 1,
                null)), List.of(), List.of(), List.of());
        store.promises().save(ostwind);
        JudgingInUse inUse = JudgingInUse.of(store, Judging.read(store).orElseThrow(), Threads.inline());
        EditorViewModel editor = new EditorViewModel(Promise.draft(new Customer("Northwind Traders", "EU", null),
                "Fleet rollout", START), inUse, store.promises(), Threads.inline(), START);
        editor.addCapabilityLine("ONB-ENT");

        assertThat(editor.lines()).extracting(LineItem::chip).containsExactly("Needs approval · tier 2");
        assertThat(editor.lineDetailProperty().get().reasons()).anySatisfy(reason -> assertThat(reason)
                .contains("2 (1 unit in this promise and 1 unit the team has booked)"));

        // Ostwind is withdrawn (saved elsewhere in the app); the next reload frees the week.
        store.promises().save(new Promise(ostwind.id(), ostwind.customer(), ostwind.title(), START,
                com.promisedesk.domain.PromiseStatus.WITHDRAWN, ostwind.lines(), List.of(), List.of(), List.of()));
        List<Throwable> failures = new ArrayList<>();
        inUse.reload(failures::add);
        assertThat(failures).isEmpty();
        assertThat(editor.lines()).extracting(LineItem::chip).containsExactly("Standard");
    }

    @Test
    void theCatalogIsReadInTheBackgroundAndSwappedInOnTheFxThread() {
        ConcurrentLinkedQueue<Runnable> background = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Runnable> fx = new ConcurrentLinkedQueue<>();
        JudgingInUse inUse = JudgingInUse.of(store, Judging.of(sample), new Threads(queue(background), queue(fx)));
        List<String> swaps = new ArrayList<>();
        inUse.property().addListener((o, was, now) -> swaps.add(was.version() + " -> " + now.version()));
        CatalogVersions.importNext(store);

        inUse.reload(failure -> swaps.add("failed: " + failure));
        assertThat(fx).isEmpty();
        background.poll().run();
        assertThat(inUse.get().version()).as("not swapped until the FX thread runs").isEqualTo("2026.11.2");
        fx.poll().run();
        assertThat(swaps).containsExactly("2026.11.2 -> 2026.12.1");

        inUse.reload(failure -> swaps.add("failed: " + failure));
        background.poll().run();
        fx.poll().run();
        assertThat(swaps).as("the same version again changes nothing").hasSize(1);
    }

    private static Executor queue(ConcurrentLinkedQueue<Runnable> queue) {
        return queue::add;
    }
}
