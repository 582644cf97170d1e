package com.promisedesk.check;

import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Promise;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * One full check of a 200-line promise against a 50,000-capability catalog (seeded).
 * Not a test: run it with {@code ./mvnw -B -ntp -Pjmh test-compile exec:exec}.
 * Target: median at most 2 ms, p99 at most 5 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckBenchmark {

    private static final int CAPABILITIES = 50_000;
    private static final int LINES = 200;

    private PromiseChecker checker;
    private Promise promise;
    private TeamBookings bookings;

    @Setup
    public void setUp() {
        RandomPromises random = new RandomPromises(20261123L);
        Catalog catalog = random.catalog(CAPABILITIES, true);
        checker = new PromiseChecker(catalog);
        promise = random.promise(CAPABILITIES, LINES);
        bookings = random.bookings(CAPABILITIES, promise.start());
        checker.check(promise, bookings, PromiseMaker.TODAY); // loads the holidays of the years the promise spans
    }

    @Benchmark
    public PromiseCheck checkOnePromise() {
        return checker.check(promise, bookings, PromiseMaker.TODAY);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(CheckBenchmark.class.getSimpleName()).build()).run();
    }
}
