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
     * FX thread; a failure goes to {@code onFailure} there, and to the log.
     */
    public <T> void load(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        CompletableFuture.supplyAsync(work, background).whenComplete((result, failure) -> fx.execute(() -> {
            if (failure == null) {
                onResult.accept(result);
            } else {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                LOG.warn("Background work failed", cause);
                onFailure.accept(cause);
            }
        }));
    }
}
