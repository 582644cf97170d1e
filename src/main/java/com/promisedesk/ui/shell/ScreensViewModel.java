package com.promisedesk.ui.shell;

import com.promisedesk.desk.TodayDesk;
import com.promisedesk.failure.FailureWords;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.TodayRepository;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.approvals.ApprovalsViewModel;
import com.promisedesk.sync.ConnectionCheck;
import com.promisedesk.sync.RememberedServer;
import com.promisedesk.ui.catalog.CatalogViewModel;
import com.promisedesk.ui.connect.ConnectViewModel;
import com.promisedesk.ui.conflicts.ConflictsViewModel;
import com.promisedesk.ui.promises.PromisesAreaViewModel;
import com.promisedesk.ui.settings.SettingsViewModel;
import com.promisedesk.ui.sync.CatalogNewsViewModel;
import com.promisedesk.ui.sync.SyncViewModel;
import com.promisedesk.ui.today.TodayViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * The screens of the main window once the local store is open, without a toolkit: each
 * screen's view model, made from the store with the app's one clock, and what one screen does
 * that another follows (a sync ends: the status bar, conflicts, approvals and the open
 * editor's request are read again; a conflict resolved: the others are judged against it).
 * {@code DesktopApp} only makes the views of these.
 */
public final class ScreensViewModel {

    private final MainViewModel main;
    private final Clock clock;
    private final Threads threads;
    private final LocalStore store;
    private final JudgingInUse inUse;
    private final PromisesAreaViewModel promises;
    private final CatalogViewModel catalog;
    private final ApprovalsViewModel approvals;
    private final SyncViewModel sync;
    private final ConflictsViewModel conflicts;
    private final CatalogNewsViewModel news;
    private final ConnectViewModel connect;
    private final SettingsViewModel settings;
    private final TodayViewModel today;

    /**
     * @param opened what the store was opened with: its current catalog and bookings
     * @param clock  the app's clock: every screen's today
     */
    public ScreensViewModel(MainViewModel main, LocalStore store, Path dataDir, Judging opened, Threads threads,
                            Clock clock) {
        this.main = main;
        this.store = store;
        this.inUse = JudgingInUse.of(store, opened, threads);
        this.promises = new PromisesAreaViewModel(store, inUse, threads, clock, main::say);
        this.catalog = new CatalogViewModel(store.catalogs(), inUse, threads);
        this.approvals = new ApprovalsViewModel(store.requests(), threads);
        this.sync = SyncViewModel.of(store, dataDir, inUse, threads, clock);
        // A resolution saves a promise: the others are judged against it at once.
        this.conflicts = new ConflictsViewModel(store.sync(), threads, inUse::catalog, () -> {
            main.refreshPending();
            sync.refresh();
            inUse.reload(failure -> main.say("Could not read what your promises book: "
                    + FailureWords.describe(failure)));
        });
        this.news = new CatalogNewsViewModel(inUse, store.promises(), threads, clock);
        this.connect = new ConnectViewModel(new RememberedServer(store.sync(), dataDir), ConnectionCheck.standard(),
                threads);
        this.settings = new SettingsViewModel(store, threads, clock);
        // A customer is one to update until a notice about the change was sent (decision 0027).
        this.today = new TodayViewModel(new TodayDesk(store, TodayDesk.NoticesSent.of(store, clock.getZone()),
                clock.getZone()), inUse::get,
                threads, clock);
        this.clock = clock;
        this.threads = threads;
        follow();
    }

    private void follow() {
        sync.connectedProperty().bind(connect.connectedProperty());
        sync.setToConnect(() -> show(Screen.CONNECT));
        connect.setNext(new ConnectViewModel.Next() {
            @Override
            public void connected() {
                syncNow(); // the first sync brings the catalog; the Sync screen shows its progress
            }

            @Override
            public void workOffline() {
                show(Screen.PROMISES);
            }
        });
        main.screenProperty().addListener((o, was, now) -> {
            if (now == Screen.APPROVALS) {
                approvals.refresh();
                seenApprovals();
            } else if (now == Screen.TODAY) {
                today.refresh();
            }
        });
        // A sync that brings a new catalog ends before the catalog is read: Today judges again once it is in use.
        inUse.property().addListener((o, was, now) -> {
            boolean newCatalog = was == null || now == null || !was.catalog().version().equals(now.catalog().version());
            if (newCatalog && main.screenProperty().get() == Screen.TODAY) {
                today.refresh();
            }
        });
        news.headlineProperty().addListener((o, was, now) -> main.say(now + " · see Sync (Ctrl+4)"));
        sync.lastSyncProperty().addListener((o, was, now) -> main.showLastSync(now));
        sync.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                main.refreshPending();
                conflicts.refresh();
                approvals.refresh();
                promises.refreshApproval();
                today.refresh();
            }
        });
        sync.reminderProperty().addListener((o, was, now) -> {
            if (now) {
                main.say("End of the day: sync before you leave (F9)");
            }
        });
    }

    /** The rep has seen the decisions: Today lists only those that arrive after now. */
    private void seenApprovals() {
        Instant now = clock.instant();
        threads.load(() -> {
            store.today().markSeen(TodayRepository.APPROVALS, now);
            return now;
        }, seen -> { }, failure -> main.say("Could not remember that you saw the approvals: " + FailureWords.describe(failure)));
    }

    /** Every screen reads the store for the first time; the status bar follows the catalog in use. */
    public void start() {
        today.refresh();
        connect.refresh();
        approvals.refresh();
        sync.refresh();
        conflicts.refresh();
        main.opened(store.outbox(), store.sync(), inUse);
        catalog.search();
        settings.load();
    }

    /** F9: to the Sync screen, and one sync round. */
    public void syncNow() {
        main.screenProperty().set(Screen.SYNC);
        sync.sync();
    }

    /** Shows {@code screen}. */
    public void show(Screen screen) {
        main.screenProperty().set(screen);
    }

    public JudgingInUse inUse() {
        return inUse;
    }

    public PromisesAreaViewModel promises() {
        return promises;
    }

    public CatalogViewModel catalog() {
        return catalog;
    }

    public ApprovalsViewModel approvals() {
        return approvals;
    }

    public SyncViewModel sync() {
        return sync;
    }

    public ConflictsViewModel conflicts() {
        return conflicts;
    }

    public CatalogNewsViewModel news() {
        return news;
    }

    /** The Connect screen's (also what the Settings screen's "Central store" section shows). */
    public ConnectViewModel connect() {
        return connect;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    /** The Today screen's, the first after start-up. */
    public TodayViewModel today() {
        return today;
    }
}
