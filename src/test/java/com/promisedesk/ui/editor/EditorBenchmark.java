package com.promisedesk.ui.editor;

import com.promisedesk.check.RandomPromises;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.ViewLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The editor's two figures on a 200-line promise and a 50,000-capability catalog (both
 * generated, seed 20261123), in a real JavaFX window (headless Monocle by the profile's flags):
 * <ul>
 * <li>open: from asking the store for the promise to the first laid-out frame of the editor;</li>
 * <li>keystroke to chip: from a character typed into the quantity field to the next frame
 *     that shows the line's re-judged verdict chip.</li>
 * </ul>
 * The app warms the editor up right after start-up ({@code PromisesArea.warmUp}); so does this.
 * Not a test: {@code ./mvnw -B -ntp -Pbench test-compile exec:exec -Dbench=com.promisedesk.ui.editor.EditorBenchmark}.
 */
public final class EditorBenchmark {

    private static final int OPENS = 25;
    private static final int WARMUP = 100;
    private static final int KEYSTROKES = 400;

    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        RandomPromises random = new RandomPromises(20261123L);
        Catalog catalog = random.catalog(50_000, true);
        Promise promise = random.promise(50_000, 200);
        Path dataDir = Files.createTempDirectory("promisedesk-bench");
        LocalStore store = LocalStore.open(dataDir);
        store.promises().save(promise);
        ExecutorService background = Executors.newSingleThreadExecutor();
        Threads threads = new Threads(background, Platform::runLater);
        CompletableFuture<Stage> started = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Label("warming up"), 1280, 800));
            stage.getScene().getStylesheets().add(
                    com.promisedesk.ui.shell.DesktopApp.class.getResource("/com/promisedesk/ui/promisedesk.css").toExternalForm());
            stage.show();
            started.complete(stage);
        });
        Stage stage = started.get();
        // Judged as the app judges: the store's bookings, here the promise itself among the rep's own.
        JudgingInUse inUse = JudgingInUse.of(store, Judging.of(store, catalog), threads);
        onFx(() -> new com.promisedesk.ui.promises.PromisesArea(store, inUse, threads,
                java.time.Clock.systemDefaultZone(), words -> { }, customerFacing -> { }).warmUp());

        List<Double> opens = new ArrayList<>();
        EditorViewModel[] editor = new EditorViewModel[1];
        for (int i = 0; i < OPENS; i++) {
            long t0 = System.nanoTime();
            CompletableFuture<Long> shown = new CompletableFuture<>();
            threads.load(() -> store.promises().find(promise.id()).orElseThrow(), loaded -> {
                editor[0] = new EditorViewModel(loaded, inUse, store.promises(), threads, LocalDate.of(2026, 11, 23));
                EditorView view = new EditorView(editor[0], store.catalogs(), new EditorView.EditorActions() {
                    @Override
                    public void back() {
                    }

                    @Override
                    public void readBack() {
                    }

                    @Override
                    public void summary() {
                    }
                });
                Parent root = view.load();
                stage.getScene().setRoot(root);
                afterNextFrame(stage.getScene(), () -> shown.complete(System.nanoTime()));
            }, shown::completeExceptionally);
            opens.add((shown.get(30, TimeUnit.SECONDS) - t0) / 1e6);
        }

        int line = lineWithQuantityLimit(editor[0].promiseProperty().get(), catalog);
        onFx(() -> editor[0].selectedLineProperty().set(line));
        TextField quantity = (TextField) stage.getScene().lookup("#quantityField");
        Label chip = (Label) stage.getScene().lookup("#detailChip");
        List<Double> keystrokes = new ArrayList<>();
        for (int i = 0; i < WARMUP + KEYSTROKES; i++) {
            String before = onFxGet(chip::getText);
            long t0 = System.nanoTime();
            CompletableFuture<Long> shown = new CompletableFuture<>();
            boolean grow = i % 2 == 0;
            Platform.runLater(() -> {
                if (grow) {
                    quantity.appendText("9"); // 1 -> 19: past every step of this capability's ladder
                } else {
                    quantity.deletePreviousChar(); // 19 -> 1: standard again
                }
                afterNextFrame(stage.getScene(), () -> shown.complete(System.nanoTime()));
            });
            long t1 = shown.get(30, TimeUnit.SECONDS);
            if (onFxGet(chip::getText).equals(before)) {
                throw new IllegalStateException("the chip did not change at keystroke " + i + ": " + before);
            }
            if (i >= WARMUP) {
                keystrokes.add((t1 - t0) / 1e6);
            }
        }
        background.shutdown();
        background.awaitTermination(30, TimeUnit.SECONDS);
        store.close();
        Platform.exit();
        List<Double> warm = opens.subList(1, opens.size());
        System.out.printf("open a 200-line promise: first in the process %.1f ms; then median %.1f ms, p99 %.1f ms,"
                + " max %.1f ms (%d opens)%n", opens.get(0), percentile(warm, 50), percentile(warm, 99),
                Collections.max(warm), warm.size());
        System.out.printf("keystroke to verdict chip: median %.1f ms, p99 %.1f ms, max %.1f ms (%d keystrokes)%n",
                percentile(keystrokes, 50), percentile(keystrokes, 99), Collections.max(keystrokes), keystrokes.size());
    }

    /** A line whose capability has a quantity limit, with quantity 1 (standard). */
    private static int lineWithQuantityLimit(Promise promise, Catalog catalog) throws Exception {
        for (int i = 0; i < promise.lines().size(); i++) {
            CommitmentLine line = promise.lines().get(i);
            if (line.capability() != null && line.quantity() == 1 && catalog.capability(line.capability())
                    .map(c -> c.maxQuantity() != null && c.maxQuantity().stretch().stream().allMatch(s -> s.max() < 19))
                    .orElse(false)) {
                return i;
            }
        }
        throw new IllegalStateException("no line with a small quantity limit in the generated promise");
    }

    private static void afterNextFrame(Scene scene, Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                then.run();
            }
        });
        Platform.requestNextPulse();
    }

    private static void onFx(Runnable work) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            work.run();
            done.complete(null);
        });
        done.get(30, TimeUnit.SECONDS);
    }

    private static <T> T onFxGet(java.util.function.Supplier<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> done.complete(work.get()));
        return done.get(30, TimeUnit.SECONDS);
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
