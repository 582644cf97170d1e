package com.promisedesk.ui.shell;

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
import com.promisedesk.ui.sync.CatalogNewsView;
import com.promisedesk.ui.sync.SyncView;
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
 * Opens the main window. The window appears at once; the local store opens in the
 * background (first run imports the sample catalog) and the screens fill in when it is
 * ready. Uses {@link Platform#startup} rather than an {@code Application} subclass, so
 * everything is passed by constructor and nothing is static. The composition root: it lives
 * in the shell, which no screen imports, so screens depend on {@code ui} and the shell on the
 * screens, never back.
 */
public final class DesktopApp {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private final Path dataDir;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "promisedesk-background");
        thread.setDaemon(true);
        return thread;
    });
    private final Threads threads = new Threads(background, Platform::runLater);
    private volatile LocalStore store;
    private PromisesArea promisesArea;
    private SettingsViewModel settings;

    public DesktopApp(Path dataDir) {
        this(dataDir, Clock.systemDefaultZone());
    }

    /** @param clock the app's clock: every screen judges promises as of its day (T) and dates new drafts by it */
    public DesktopApp(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /**
     * Opens the app and blocks until its window closes.
     *
     * @param measureStartup close as soon as the first frame is shown
     * @return milliseconds from JVM start to the first shown frame, when measuring
     */
    public static OptionalLong open(Path dataDir, boolean measureStartup) {
        DesktopApp app = new DesktopApp(dataDir);
        CountDownLatch closed = new CountDownLatch(1);
        long[] firstFrame = {-1};
        Platform.startup(() -> {
            Stage stage = new Stage();
            app.show(stage);
            stage.setOnHidden(event -> closed.countDown());
            if (measureStartup) {
                FirstFrame.measure(stage, ms -> {
                    firstFrame[0] = ms;
                    Platform.runLater(stage::hide);
                });
            }
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        app.close();
        Platform.exit();
        return firstFrame[0] < 0 ? OptionalLong.empty() : OptionalLong.of(firstFrame[0]);
    }

    /** The app's typeface, bundled (SIL OFL) so it looks the same on every OS, and the same as the printed summary. */
    static void loadFonts() {
        for (String face : new String[] {"Regular", "Bold"}) {
            try (java.io.InputStream in = DesktopApp.class.getResourceAsStream("/liberation/LiberationSans-" + face + ".ttf")) {
                if (in == null || javafx.scene.text.Font.loadFont(in, 14) == null) {
                    LOG.warn("Liberation Sans {} is missing; the system font is used", face);
                }
            } catch (java.io.IOException e) {
                LOG.warn("Could not read Liberation Sans {}", face, e);
            }
        }
    }

    /** Shows the main window on {@code stage} and opens the store in the background. */
    public void show(Stage stage) {
        loadFonts();
        MainViewModel mainModel = new MainViewModel(threads);
        MainView mainView = new MainView(mainModel);
        Parent root = ViewLoader.load(MainView.class, () -> mainView);
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(DesktopApp.class.getResource("/com/promisedesk/ui/promisedesk.css").toExternalForm());
        mainView.installShortcuts(scene);
        // Quit as every desktop app does; whoever opened the window then closes the app, and
        // close() lets the save in flight reach SQLite first.
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Q"), stage::hide);
        stage.setTitle("PromiseDesk");
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
        // A first run (no local store yet) starts on the Connect screen; a cheap look, before the store makes one.
        boolean firstRun = !LocalStore.exists(dataDir);
        threads.load(this::openStore, catalog -> {
            // Closed while the store was opening (quit at once): the store is closed again, nothing to show.
            if (!background.isShutdown()) {
                showScreens(mainView, mainModel, scene, catalog);
                if (firstRun) {
                    mainModel.screenProperty().set(Screen.CONNECT);
                }
            }
        }, failure -> mainModel.failedToOpen(FailureWords.describe(failure)));
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
