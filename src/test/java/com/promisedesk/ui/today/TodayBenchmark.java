package com.promisedesk.ui.today;

import com.promisedesk.desk.TodayDesk;
import com.promisedesk.desk.TodayScene;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.TodayReadFloor;
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
        System.out.printf("load average at start %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        ExecutorService background = Executors.newSingleThreadExecutor();
        Threads threads = new Threads(background, Platform::runLater);
        List<Long> millis = new ArrayList<>();
        List<Long> fresh = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        try (LocalStore store = LocalStore.open(data); TodayReadFloor sqlite = new TodayReadFloor(data)) {
            Judging judging = Judging.of(store, CurrentCatalog.load(store).orElseThrow());
            TodayDesk desk = new TodayDesk(store, TodayDesk.NoticesSent.of(store, ZoneOffset.UTC), ZoneOffset.UTC);
            Stage[] stage = new Stage[1];
            onFx(() -> {
                stage[0] = new Stage();
                stage[0].setScene(new Scene(new javafx.scene.layout.Pane(), 1280, 800));
                stage[0].show();
            });
            // Side by side, in turn: the floor, Today reopened (the app's desk, as on a second visit),
            // and Today on a new desk (as on the first visit after start-up: nothing kept yet).
            for (int run = 1; run <= RUNS; run++) {
                long[] read = sqlite.readOnce();
                floor.add(read[0]);
                long took = once(desk, judging, threads, stage[0]);
                millis.add(took);
                long first = once(new TodayDesk(store, TodayDesk.NoticesSent.of(store, ZoneOffset.UTC), ZoneOffset.UTC), judging, threads, stage[0]);
                fresh.add(first);
                System.out.printf("run %d: today %d ms, today on a new desk %d ms, floor (sqlite alone, %d values) %d ms%n",
                        run, took, first, read[1], read[0]);
            }
        } finally {
            background.shutdown();
            Platform.exit();
        }
        System.out.printf("today-ms median %s over %d runs; first run %d ms%n", spread(millis), RUNS, millis.get(0));
        System.out.printf("today-new-desk-ms median %s%n", spread(fresh));
        System.out.printf("floor-ms median %s (sqlite alone reading the same rows)%n", spread(floor));
        System.out.printf("load average %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static String spread(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) + " (min " + sorted.get(0) + ", max " + sorted.get(sorted.size() - 1) + ")";
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
