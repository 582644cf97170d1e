package com.promisedesk.ui.shell;

import com.promisedesk.export.PdfPages;
import com.promisedesk.export.SummaryWarmUp;
import com.promisedesk.failure.FailureWords;
import com.promisedesk.store.Judging;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.FirstFrame;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.ViewLoader;
import com.promisedesk.ui.approvals.ApprovalsView;
import com.promisedesk.ui.catalog.CatalogView;
import com.promisedesk.ui.connect.ConnectView;
import com.promisedesk.ui.conflicts.ConflictsView;
import com.promisedesk.ui.promises.PromisesArea;
import com.promisedesk.ui.settings.SettingsView;
import com.promisedesk.ui.settings.SettingsViewModel;
import com.promisedesk.ui.summary.SummaryWindow;
import com.promisedesk.ui.sync.CatalogNewsView;
import com.promisedesk.ui.sync.SyncView;
import com.promisedesk.ui.today.TodayView;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the main window. The window appears first, with nothing but the shell in it; after
 * its first frame the local store opens in the background (first run imports the sample
 * catalog), the screens fill in when it is ready, and the summary's PDF stack warms up on a
 * thread of its own. Uses {@link Platform#startup} rather than an {@code Application}
 * subclass, so everything is passed by constructor and nothing is static. The composition
 * root: it lives in the shell, which no screen imports, so screens depend on {@code ui} and
 * the shell on the screens, never back.
 */
public final class DesktopApp {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private final Path dataDir;
    private final Clock clock;
    private final ExecutorService background;
    private final Threads threads;
    private final Runnable warmUp;
    private volatile LocalStore store;
    private PromisesArea promisesArea;
    private SettingsViewModel settings;

    public DesktopApp(Path dataDir) {
        this(dataDir, Clock.systemDefaultZone());
    }

    /** @param clock the app's clock: every screen judges promises as of its day (T) and dates new drafts by it */
    public DesktopApp(Path dataDir, Clock clock) {
        this(dataDir, clock, newBackground());
    }

    DesktopApp(Path dataDir, Clock clock, ExecutorService background) {
        this(dataDir, clock, background, null);
    }

    /**
     * @param warmUp run once after the first frame on a thread of its own; {@code null}: the summary
     *               preview's (its PDF stack there, then its window on the FX thread)
     */
    DesktopApp(Path dataDir, Clock clock, ExecutorService background, Runnable warmUp) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.background = background;
        this.threads = new Threads(background, Platform::runLater);
        this.warmUp = warmUp != null ? warmUp : () -> {
            PdfPages.PageImage page = SummaryWarmUp.run();
            Platform.runLater(() -> SummaryWindow.warmUp(page, threads));
        };
    }

    static ExecutorService newBackground() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "promisedesk-background");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Opens the app and blocks until its window closes.
     *
     * @param measureStartup close as soon as the first frame is shown
     * @return milliseconds from JVM start to the first shown frame, when measuring
     */
    public static OptionalLong open(Path dataDir, boolean measureStartup) {
        return EarlyStart.begin().open(dataDir, measureStartup);
    }

    /** Shows the main window and the store's screens when it is open; blocks until the window closes. */
    OptionalLong run(MainWindow window, boolean measureStartup) {
        CountDownLatch closed = new CountDownLatch(1);
        long[] firstFrame = {-1};
        Platform.runLater(() -> {
            window.stage().setOnHidden(event -> closed.countDown());
            // Measuring, the window closes at its first frame: the store and the warm-up would only delay the exit.
            present(window, !measureStartup);
            if (measureStartup) {
                FirstFrame.measure(window.stage(), ms -> {
                    firstFrame[0] = ms;
                    Platform.runLater(window.stage()::hide);
                });
            }
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
        Platform.exit();
        return firstFrame[0] < 0 ? OptionalLong.empty() : OptionalLong.of(firstFrame[0]);
    }

    /** Shows the main window on {@code stage}; the store opens in the background after its first frame. */
    public void show(Stage stage) {
        present(MainWindow.build(stage, threads), true);
    }

    private void present(MainWindow window, boolean open) {
        // A first run (no local store yet) starts on the Connect screen; a cheap look, before the store makes one.
        boolean firstRun = !LocalStore.exists(dataDir);
        window.stage().show();
        // The store (Flyway, SQLite, the catalog) and the PDF stack wait for the first frame, so
        // none of their class loading competes with it for the two cores a laptop may have.
        FirstFrame.after(window.stage(), () -> {
            if (!open || background.isShutdown()) {
                return; // closed before the first frame: nothing to open
            }
            CountDownLatch screensShown = new CountDownLatch(1);
            threads.load(this::openStore, catalog -> {
                // Closed while the store was opening (quit at once): the store is closed again, nothing to show.
                if (!background.isShutdown()) {
                    showScreens(window.view(), window.model(), window.stage().getScene(), catalog);
                    if (firstRun) {
                        window.model().screenProperty().set(Screen.CONNECT);
                    }
                    screensShown.countDown();
                }
            }, failure -> window.model().failedToOpen(FailureWords.describe(failure)));
            Thread warmingUp = warmUpLater();
            if (TrainingRun.asked()) {
                TrainingRun.begin(warmingUp, screensShown, window.model(), window.stage()::hide);
            }
        });
    }

    /** The first summary preview should take no longer than the later ones: its stack is warmed up meanwhile. */
    private Thread warmUpLater() {
        Thread thread = new Thread(() -> {
            try {
                warmUp.run();
            } catch (RuntimeException e) {
                LOG.warn("Could not prepare the summary preview in advance; the first one will be slower", e);
            }
        }, "promisedesk-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    private Judging openStore() {
        store = LocalStore.open(dataDir);
        return Judging.of(store, CurrentCatalog.loadOrImportSample(store));
    }

    /** Makes the view of every screen from its view model; what they do, and follow, is in {@link ScreensViewModel}. */
    private void showScreens(MainView mainView, MainViewModel mainModel, Scene scene, Judging judging) {
        ScreensViewModel screens = new ScreensViewModel(mainModel, store, dataDir, judging, threads, clock);
        PromisesArea promises = new PromisesArea(screens.promises(), threads, mainView::setCustomerFacing);
        this.promisesArea = promises;
        mainView.addScreen(Screen.PROMISES, promises.root(), promises.focusTarget());
        TodayView todayView = new TodayView(screens.today());
        screens.today().setPlaces(new TodayPlaces(screens, promises));
        mainView.addScreen(Screen.TODAY, ViewLoader.load(TodayView.class, () -> todayView), todayView.focusTarget());
        CatalogView catalogView = new CatalogView(screens.catalog());
        mainView.addScreen(Screen.CATALOG, ViewLoader.load(CatalogView.class, () -> catalogView),
                catalogView.focusTarget());
        ApprovalsView approvalsView = new ApprovalsView(screens.approvals());
        mainView.addScreen(Screen.APPROVALS, ViewLoader.load(ApprovalsView.class, () -> approvalsView),
                approvalsView.focusTarget());
        Parent conflicts = ViewLoader.load(ConflictsView.class, () -> new ConflictsView(screens.conflicts()));
        Parent news = ViewLoader.load(CatalogNewsView.class, () -> new CatalogNewsView(screens.news()));
        SyncView syncView = new SyncView(screens.sync(), news, conflicts);
        mainView.addScreen(Screen.SYNC, ViewLoader.load(SyncView.class, () -> syncView), syncView.focusTarget());
        ConnectView connectView = new ConnectView(screens.connect());
        mainView.addScreen(Screen.CONNECT, ViewLoader.load(ConnectView.class, () -> connectView),
                connectView.focusTarget());
        this.settings = screens.settings();
        SettingsView settingsView = new SettingsView(settings);
        mainView.addScreen(Screen.SETTINGS, ViewLoader.load(SettingsView.class, () -> settingsView),
                settingsView.focusTarget());
        // One connection model behind both: connecting on either shows on the other.
        ConnectView connectSection = ConnectView.asSection(screens.connect());
        settingsView.centralStoreSlot().getChildren().setAll(ViewLoader.load(ConnectView.class, () -> connectSection));
        scene.getAccelerators().put(KeyCombination.keyCombination("F9"), screens::syncNow);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), () -> {
            screens.show(Screen.CATALOG);
            catalogView.focusSearch();
        });
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+N"), () -> {
            screens.show(Screen.PROMISES);
            promises.draftNew();
        });
        screens.start();
        Platform.runLater(promises::warmUp);
        LOG.info("Local store open at {} with catalog {}", store.file(), judging.version());
    }

    /** The Promises area once the store is open (for tests). */
    public PromisesArea promises() {
        return promisesArea;
    }

    /** The Settings screen's model once the store is open (for tests: a backup without the save dialog). */
    public SettingsViewModel settings() {
        return settings;
    }

    /** Lets background work finish, then closes the store; what was shown as saved is in SQLite. */
    public void close() {
        background.shutdown();
        try {
            if (!background.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (store != null) {
            store.close();
        }
    }
}
