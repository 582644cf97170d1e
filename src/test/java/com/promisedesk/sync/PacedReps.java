package com.promisedesk.sync;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * A crowd of reps for the load benchmarks: rep 0 … n-1 start at an even pace over one
 * minute, each on a bounded pool of threads, as reps finishing their day would.
 */
final class PacedReps {

    private PacedReps() {
    }

    /** Runs {@code rep} for every rep, started evenly over a minute; returns the wall time in ms until all are done. */
    static long overOneMinute(int reps, int threads, IntConsumer rep) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        long spacingMicros = 60_000_000L / reps;
        long started = System.nanoTime();
        for (int r = 0; r < reps; r++) {
            int which = r;
            pacer.schedule(() -> workers.execute(() -> rep.accept(which)), which * spacingMicros, TimeUnit.MICROSECONDS);
        }
        pacer.shutdown();
        pacer.awaitTermination(2, TimeUnit.MINUTES);
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.MINUTES);
        return (System.nanoTime() - started) / 1_000_000;
    }
}
