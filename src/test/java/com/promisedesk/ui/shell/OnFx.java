package com.promisedesk.ui.shell;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * For the bench programs that drive a whole app from their main thread ({@link FirstSummaryRun},
 * {@link MemoryRun}): work on the FX thread, waited for, and waiting until the app gets somewhere.
 */
final class OnFx {

    private OnFx() {
    }

    static void run(Runnable work) {
        get(() -> {
            work.run();
            return true;
        });
    }

    static <T> T get(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }

    /** Polls {@code condition} on the FX thread every {@code pollMillis} until true, or fails after {@code seconds}. */
    static void waitFor(Supplier<Boolean> condition, int seconds, long pollMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!get(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the app did not get there within " + seconds + " s");
            }
            Thread.sleep(pollMillis);
        }
    }
}
