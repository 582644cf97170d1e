package com.promisedesk.ui.shell;

import com.promisedesk.ui.Threads;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Starts JavaFX and lays out the main window on a thread of its own while the command line
 * is still being read (picocli, the log's configuration): on a laptop's second core, the two
 * take about as long as the toolkit alone. The window is shown only when the command line has
 * chosen the app ({@link #open}); if it chose something else, the process simply ends.
 */
public final class EarlyStart {

    private final ExecutorService background = DesktopApp.newBackground();
    private final CountDownLatch built = new CountDownLatch(1);
    private volatile MainWindow window;
    private volatile Throwable failure;

    private EarlyStart() {
    }

    /** Starts the toolkit and the window's layout now; returns at once. */
    public static EarlyStart begin() {
        EarlyStart start = new EarlyStart();
        Thread thread = new Thread(start::startToolkit, "promisedesk-early-start");
        thread.setDaemon(true);
        thread.start();
        return start;
    }

    private void startToolkit() {
        try {
            Platform.startup(() -> {
                try {
                    window = MainWindow.build(new Stage(), new Threads(background, Platform::runLater));
                } catch (RuntimeException | Error e) {
                    failure = e;
                } finally {
                    built.countDown();
                }
            });
        } catch (RuntimeException | Error e) {
            // No display that answers, for one: told to whoever opens the app, as if it had started there.
            failure = e;
            built.countDown();
        }
    }

    /**
     * Opens the app in the window laid out meanwhile and blocks until it closes.
     *
     * @param measureStartup close as soon as the first frame is shown
     * @return milliseconds from JVM start to the first shown frame, when measuring
     */
    public OptionalLong open(Path dataDir, boolean measureStartup) {
        try {
            built.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return new DesktopApp(dataDir, Clock.systemDefaultZone(), background).run(window, measureStartup);
    }
}
