package com.promisedesk.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where work runs: {@code background} for SQLite, files and the network; {@code fx} for
 * touching what the screen shows. View models take one of these; tests pass
 * {@link #inline()} so that asynchronous code runs deterministically on the test's thread.
 */
public record Threads(Executor background, Executor fx) {

    private static final Logger LOG = LoggerFactory.getLogger(Threads.class);

    public static Threads inline() {
        return new Threads(Runnable::run, Runnable::run);
    }

    /**
     * Runs {@code work} in the background and hands its result to {@code onResult} on the
     * FX thread. A failure of either goes to {@code onFailure} there, and to the log: no
     * problem is swallowed silently.
     */
    public <T> void load(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        CompletableFuture.supplyAsync(work, background).whenComplete((result, failure) -> fx.execute(() -> {
            if (failure != null) {
                fail(failure.getCause() != null ? failure.getCause() : failure, onFailure);
                return;
            }
            try {
                onResult.accept(result);
            } catch (RuntimeException e) {
                fail(e, onFailure);
            }
        }));
    }

    private static void fail(Throwable cause, Consumer<Throwable> onFailure) {
        LOG.error("Work failed", cause);
        onFailure.accept(cause);
    }
}
