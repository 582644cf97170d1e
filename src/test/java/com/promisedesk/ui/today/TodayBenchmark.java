package com.promisedesk.ui.today;

import com.promisedesk.desk.TodayDesk;
import com.promisedesk.desk.TodayScene;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.ViewLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Not a test: how long Today takes to load and show with 1,000 agreed promises in a real local store
 * (docs/benchmarks.md, "Today"). Each run makes a new view model and view, as opening the screen after
 * start-up does, then times from {@code refresh()} to the first laid-out frame with its rows, on a 1280×800
 * window under headless Monocle. Run:
 * {@code ./mvnw -B -ntp -Pbench test-compile exec:exec -Dbench=com.promisedesk.ui.today.TodayBenchmark}
 */
public final class TodayBenchmark {

    private static final int PROMISES = 1_000;
    private static final int RUNS = 9;
    private static final Clock DAY = Clock.fixed(Instant.parse("2026-12-09T08:00:00Z"), ZoneOffset.UTC);

    private TodayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("promisedesk-today-bench");
        long writing = System.nanoTime();
        TodayScene.agreedPromises(data, PROMISES);
        System.out.printf("store with %d agreed promises written in %d s%n", PROMISES,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - writing));
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        ExecutorService background = Executors.newSingleThreadExecutor();
        Threads threads = new Threads(background, Platform::runLater);
        List<Long> millis = new ArrayList<>();
        try (LocalStore store = LocalStore.open(data)) {
            Judging judging = Judging.of(store, CurrentCatalog.load(store).orElseThrow());
            TodayDesk desk = new TodayDesk(store, TodayDesk.NoticesSent.NONE, ZoneOffset.UTC);
            Stage[] stage = new Stage[1];
            onFx(() -> {
                stage[0] = new Stage();
                stage[0].setScene(new Scene(new javafx.scene.layout.Pane(), 1280, 800));
                stage[0].show();
            });
            for (int run = 1; run <= RUNS; run++) {
                long took = once(desk, judging, threads, stage[0]);
                millis.add(took);
                System.out.printf("run %d: %d ms%n", run, took);
            }
        } finally {
            background.shutdown();
            Platform.exit();
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("today-ms median %d (min %d, max %d) over %d runs; first run %d ms%n",
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), RUNS, millis.get(0));
    }

    /** A new Today screen on the window: refresh, and the first frame laid out with its rows. */
    private static long once(TodayDesk desk, Judging judging, Threads threads, Stage stage) throws Exception {
        TodayViewModel model = new TodayViewModel(desk, () -> judging, threads, DAY);
        CompletableFuture<Long> shown = new CompletableFuture<>();
        long[] start = new long[1];
        onFx(() -> {
            Parent root = ViewLoader.load(TodayView.class, () -> new TodayView(model));
            root.getStylesheets().add(TodayBenchmark.class.getResource("/com/promisedesk/ui/promisedesk.css").toExternalForm());
            stage.getScene().setRoot(root);
            model.setShown(today -> {
                Runnable[] pulse = new Runnable[1];
                pulse[0] = () -> {
                    stage.getScene().removePostLayoutPulseListener(pulse[0]);
                    shown.complete(System.nanoTime() - start[0]);
                };
                stage.getScene().addPostLayoutPulseListener(pulse[0]);
                Platform.requestNextPulse();
            });
            start[0] = System.nanoTime();
            model.refresh();
        });
        return TimeUnit.NANOSECONDS.toMillis(shown.get(60, TimeUnit.SECONDS));
    }

    private static void onFx(Runnable work) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }
}
