package com.promisedesk.ui;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Background work where only the newest request counts (search as you type): a result
 * that arrives after a newer request started is dropped, so a slow old search never
 * overwrites the list the rep is looking at.
 */
public final class LatestOnly {

    private final Threads threads;
    private final AtomicLong latest = new AtomicLong();

    public LatestOnly(Threads threads) {
        this.threads = threads;
    }

    /** Runs {@code work} like {@link Threads#load}; its outcome is handed over only if no newer request started. */
    public <T> void load(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        long mine = latest.incrementAndGet();
        threads.load(work, result -> {
            if (mine == latest.get()) {
                onResult.accept(result);
            }
        }, failure -> {
            if (mine == latest.get()) {
                onFailure.accept(failure);
            }
        });
    }

    /** Drops whatever is still running: its outcome will not be handed over. */
    public void cancel() {
        latest.incrementAndGet();
    }
}
