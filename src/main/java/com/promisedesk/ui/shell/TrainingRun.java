package com.promisedesk.ui.shell;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The packaging's training run for the class-data archive (packaging/build.sh): started with
 * {@code -Dpromisedesk.training=true}, the app does what a rep's first minutes do — it opens the
 * store, lets the summary's and the editor's warm-up finish, shows each screen once — and then
 * closes, so the archive holds the classes of a working session, not only of the first frame.
 * Classes in the archive are mapped from it at every start instead of being loaded and kept in
 * memory again (docs/benchmarks.md, "Memory").
 */
final class TrainingRun {

    static final String PROPERTY = "promisedesk.training";

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
    private static final List<Screen> VISITED = List.of(Screen.TODAY, Screen.PROMISES, Screen.CATALOG,
            Screen.APPROVALS, Screen.SYNC, Screen.SETTINGS, Screen.CONNECT, Screen.TODAY);
    /** Long enough for a screen to load what it shows and lay it out, even on a busy build machine. */
    private static final long PAUSE_MILLIS = 1_500;

    private TrainingRun() {
    }

    static boolean asked() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * Once {@code warmUp} has ended and {@code screensShown} has counted down, shows each screen of
     * {@code screens} in turn on the FX thread, then runs {@code close} there (which ends the app);
     * from a thread of its own.
     */
    static void begin(Thread warmUp, CountDownLatch screensShown, MainViewModel screens, Runnable close) {
        Thread run = new Thread(() -> {
            try {
                warmUp.join(TimeUnit.MINUTES.toMillis(2));
                if (!screensShown.await(2, TimeUnit.MINUTES)) {
                    LOG.warn("Training run: the store did not open within 2 minutes");
                }
                Thread.sleep(PAUSE_MILLIS);
                for (Screen screen : VISITED) {
                    Platform.runLater(() -> screens.screenProperty().set(screen));
                    Thread.sleep(PAUSE_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(close);
        }, "promisedesk-training-run");
        run.setDaemon(true);
        run.start();
    }
}
