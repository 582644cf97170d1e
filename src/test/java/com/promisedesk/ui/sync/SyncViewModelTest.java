package com.promisedesk.ui.sync;

import com.promisedesk.SampleDay;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.ExpectedLog;
import com.promisedesk.Slow;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Verdict;
import com.promisedesk.server.CentralServer;
import com.promisedesk.server.Principal;
import com.promisedesk.server.ServerDatabase;
import com.promisedesk.server.Tokens;
import com.promisedesk.store.Judging;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.RevisionRepository;
import com.promisedesk.file.Sha256;
import com.promisedesk.sync.ServerAddress;
import com.promisedesk.sync.SyncClient;
import com.promisedesk.sync.SyncException;
import com.promisedesk.sync.SyncRound;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.CatalogVersions;
import com.promisedesk.ui.Threads;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Sync button's view model against a real store and server, without JavaFX running. */
@Slow
class SyncViewModelTest {

    @RegisterExtension
    final ExpectedLog log = ExpectedLog.of(Threads.class);

    private static final Clock EVENING = Clock.fixed(Instant.parse("2026-11-23T18:30:00Z"), ZoneOffset.UTC);
    private static final Clock MORNING = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private LocalStore store;
    private JudgingInUse catalog;

    @BeforeEach
    void open() {
        store = LocalStore.open(dir.resolve("device"));
        catalog = JudgingInUse.of(store, Judging.of(CurrentCatalog.loadOrImportSample(store)), Threads.inline());
        store.promises().save(new Promise(UUID.randomUUID(), new Customer("Northwind", "EU", null), "Rollout",
                LocalDate.of(2026, 11, 23), PromiseStatus.DRAFT, List.of(CommitmentLine.of("ONB-STD", 1, null)),
                List.of(), List.of(), List.of()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFailedSyncSaysWhyAndThatNothingWasLost() {
        SyncViewModel model = new SyncViewModel(store.sync(), progress -> {
            throw new SyncException("could not reach the central store at https://promises.example.com");
        }, catalog, Threads.inline(), EVENING);
        model.sync();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("Sync stopped: could not reach").endsWith("Nothing was lost; try again.");
        assertThat(model.pendingProperty().get()).isEqualTo(1);
        assertThat(model.reminderProperty().get()).as("evening, one change waiting, no sync today").isTrue();
        assertThat(log.takeErrors()).containsExactly(
                "Work failed: could not reach the central store at https://promises.example.com");
    }

    @Test
    void aFailureWithoutWordsOfItsOwnIsToldInWordsNotByItsJavaName() {
        SyncViewModel model = new SyncViewModel(store.sync(), progress -> {
            throw new IllegalStateException(new java.nio.file.AccessDeniedException("/srv/promisedesk/sync-token"));
        }, catalog, Threads.inline(), EVENING);
        model.sync();
        assertThat(model.statusProperty().get()).startsWith("Sync stopped: permission denied.")
                .doesNotContain("Exception").doesNotContain("java.");
        assertThat(log.takeErrors()).singleElement().asString().startsWith("Work failed");
    }

    @Test
    void beforeTheFirstSyncOnTheCommandLineTheAppSaysHowToSetItUp() {
        SyncViewModel model = SyncViewModel.of(store, dir.resolve("device"), catalog, Threads.inline(), SampleDay.CLOCK);
        model.sync();
        assertThat(model.statusProperty().get()).isEqualTo(SyncViewModel.NOT_SET_UP);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(log.takeErrors()).singleElement().asString().startsWith("Work failed: no central store yet");
    }

    @Test
    void anExceptionRequestWaitingToBeSentCountsAsPending() {
        UUID promise = store.promises().list().get(0).id();
        store.requests().request(promise, 0, 1, List.of("sales-lead"), "Go-live before the freeze");
        SyncViewModel model = new SyncViewModel(store.sync(), progress -> null, catalog, Threads.inline(), MORNING);
        model.refresh();
        assertThat(model.pendingProperty().get()).isEqualTo(2);
    }

    @Test
    void noReminderInTheMorning() {
        SyncViewModel model = new SyncViewModel(store.sync(), progress -> null, catalog, Threads.inline(), MORNING);
        model.refresh();
        assertThat(model.pendingProperty().get()).isEqualTo(1);
        assertThat(model.reminderProperty().get()).isFalse();
        assertThat(model.lastSyncProperty().get()).isEqualTo("Never synced");
    }

    @Test
    void aSyncShowsProgressThenTheSummaryAndClearsTheReminder() throws Exception {
        try (ServerDatabase db = ServerDatabase.sqlite(dir.resolve("central"));
             CentralServer server = CentralServer.start(db, CentralServer.Settings.loopback(0), Clock.systemUTC())) {
            String token = new Tokens(db, Clock.systemUTC()).create(Principal.of("anna", "rep")).token();
            List<Double> progress = new ArrayList<>();
            SyncViewModel model = new SyncViewModel(store.sync(), listener -> new SyncRound(
                    SyncClient.create(ServerAddress.parse(server.uri().toString(), false), token), store.sync(),
                    SyncRound.DEFAULT_BATCH, SyncRound.DEFAULT_PAGE, listener), catalog, Threads.inline(),
                    Clock.systemUTC());
            model.progressProperty().addListener((o, old, now) -> progress.add(now.doubleValue()));
            model.sync();
            assertThat(model.statusProperty().get()).isEqualTo("Synced: 1 sent, 1 received");
            assertThat(progress).contains(-1.0, 0.5, 1.0);
            assertThat(model.pendingProperty().get()).isZero();
            assertThat(model.lastSyncProperty().get()).startsWith("Last sync ");
            assertThat(model.reminderProperty().get()).isFalse();
        }
    }

    @Test
    void aCatalogPulledBySyncIsInUseAtOnceAndSaysWhatChanged() throws Exception {
        try (ServerDatabase db = ServerDatabase.sqlite(dir.resolve("central"));
             CentralServer server = CentralServer.start(db, CentralServer.Settings.loopback(0), Clock.systemUTC())) {
            Tokens tokens = new Tokens(db, Clock.systemUTC());
            ServerAddress address = ServerAddress.parse(server.uri().toString(), false);
            SyncClient.create(address, tokens.create(Principal.of("carl", "catalog-owner")).token())
                    .publish("catalog.yaml", CatalogVersions.nextText());
            String token = tokens.create(Principal.of("anna", "rep")).token();
            CatalogNewsViewModel news = new CatalogNewsViewModel(catalog, store.promises(), Threads.inline(), SampleDay.CLOCK);
            SyncViewModel model = new SyncViewModel(store.sync(), listener -> new SyncRound(
                    SyncClient.create(address, token), store.sync(), SyncRound.DEFAULT_BATCH, SyncRound.DEFAULT_PAGE,
                    listener), catalog, Threads.inline(), Clock.systemUTC());

            model.sync();

            assertThat(model.statusProperty().get()).endsWith("new catalog " + CatalogVersions.NEXT);
            assertThat(catalog.get().version()).isEqualTo(CatalogVersions.NEXT);
            assertThat(news.headlineProperty().get()).startsWith("Catalog " + CatalogVersions.NEXT + " — 1 added");
        }
    }

    @Test
    void whatTheRestOfTheTeamBookedIsCountedAtOnceAfterASync() throws Exception {
        Promise anna = store.promises().find(store.promises().list().get(0).id()).orElseThrow();
        LocalDate standard = catalog.get().check(anna, SampleDay.TODAY).lines().get(0).suggestedDate();
        try (ServerDatabase db = ServerDatabase.sqlite(dir.resolve("central"));
             CentralServer server = CentralServer.start(db, CentralServer.Settings.loopback(0), Clock.systemUTC());
             LocalStore bens = LocalStore.open(dir.resolve("ben"))) {
            ServerAddress address = ServerAddress.parse(server.uri().toString(), false);
            Tokens tokens = new Tokens(db, Clock.systemUTC());
            // Ben books all four onboarding starts of the week Anna's line falls in.
            bens.promises().save(new Promise(UUID.randomUUID(), new Customer("Baltic Haulage", "EU", null), "Depots",
                    LocalDate.of(2026, 11, 23), PromiseStatus.AGREED, List.of(CommitmentLine.of("ONB-STD", 4, standard)),
                    List.of(), List.of(), List.of()));
            syncTablet(bens, address, tokens.create(Principal.of("ben", "rep")).token());
            String token = tokens.create(Principal.of("anna", "rep")).token();
            SyncViewModel model = new SyncViewModel(store.sync(), listener -> new SyncRound(
                    SyncClient.create(address, token), store.sync(), SyncRound.DEFAULT_BATCH, SyncRound.DEFAULT_PAGE,
                    listener), catalog, Threads.inline(), Clock.systemUTC());
            assertThat(catalog.get().check(anna, SampleDay.TODAY).lines().get(0).verdict()).isEqualTo(Verdict.STANDARD);

            model.sync();

            assertThat(catalog.get().team().booked("ONB-STD", standard)).isEqualTo(4);
            assertThat(catalog.get().check(anna, SampleDay.TODAY).lines().get(0).verdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
            assertThat(catalog.get().check(anna, SampleDay.TODAY).lines().get(0).tier()).isEqualTo(2);
        }
    }

    @Test
    void aRevisionNumberIssuedOnTwoDevicesIsToldInTheSyncStatus() throws Exception {
        try (ServerDatabase db = ServerDatabase.sqlite(dir.resolve("central"));
             CentralServer server = CentralServer.start(db, CentralServer.Settings.loopback(0), Clock.systemUTC());
             LocalStore tablet = LocalStore.open(dir.resolve("tablet"))) {
            ServerAddress address = ServerAddress.parse(server.uri().toString(), false);
            String token = new Tokens(db, Clock.systemUTC()).create(Principal.of("anna", "rep")).token();
            SyncViewModel model = new SyncViewModel(store.sync(), listener -> new SyncRound(
                    SyncClient.create(address, token), store.sync(), SyncRound.DEFAULT_BATCH, SyncRound.DEFAULT_PAGE,
                    listener), catalog, Threads.inline(), Clock.systemUTC());
            model.sync();
            UUID promise = store.promises().list().get(0).id();
            syncTablet(tablet, address, token);
            issue(tablet, promise, "what the tablet printed");
            syncTablet(tablet, address, token);

            issue(store, promise, "what the laptop printed");
            model.sync();

            assertThat(model.statusProperty().get()).startsWith("Synced: 1 sent")
                    .contains("Revision 1 of promise " + promise + " was also issued on another device");
        }
    }

    @Test
    void aPromiseWhoseIdIsAnotherRepsIsNamedOnTheSyncScreenEveryRoundAndNoLongerWaits() throws Exception {
        Promise shared = store.promises().find(store.promises().list().get(0).id()).orElseThrow();
        try (ServerDatabase db = ServerDatabase.sqlite(dir.resolve("central"));
             CentralServer server = CentralServer.start(db, CentralServer.Settings.loopback(0), Clock.systemUTC());
             LocalStore bens = LocalStore.open(dir.resolve("ben"))) {
            ServerAddress address = ServerAddress.parse(server.uri().toString(), false);
            Tokens tokens = new Tokens(db, Clock.systemUTC());
            // Ben imported the same shared file first: the id is his on the central store.
            bens.promises().save(shared);
            syncTablet(bens, address, tokens.create(Principal.of("ben", "rep")).token());
            String token = tokens.create(Principal.of("anna", "rep")).token();
            SyncViewModel model = new SyncViewModel(store.sync(), listener -> new SyncRound(
                    SyncClient.create(address, token), store.sync(), SyncRound.DEFAULT_BATCH, SyncRound.DEFAULT_PAGE,
                    listener), catalog, Threads.inline(), Clock.systemUTC());

            model.sync();
            model.sync();

            assertThat(model.statusProperty().get()).startsWith("Synced: 0 sent")
                    .contains("Promise \"Rollout\" for Northwind was not synced", "not found or not yours",
                            "import it again").doesNotContain("ben");
            assertThat(model.pendingProperty().get()).isZero();
        }
    }

    private static void syncTablet(LocalStore tablet, ServerAddress address, String token) throws SyncException {
        new SyncRound(SyncClient.create(address, token), tablet.sync(), SyncRound.DEFAULT_BATCH, SyncRound.DEFAULT_PAGE,
                progress -> { }).run();
    }

    private static void issue(LocalStore device, UUID promise, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        device.revisions().issue(promise, number -> new RevisionRepository.RevisionContent("txt", Sha256.of(bytes), bytes));
    }
}
