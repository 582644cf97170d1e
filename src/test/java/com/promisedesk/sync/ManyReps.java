package com.promisedesk.sync;

import com.promisedesk.domain.Promise;
import com.promisedesk.server.Principal;
import com.promisedesk.server.ServerDatabase;
import com.promisedesk.server.Tokens;
import com.promisedesk.sync.wire.PullResponse;
import com.promisedesk.sync.wire.PushRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Benchmark (c): reps start at an even pace over one minute; each pushes 50 changes, then pulls. */
final class ManyReps {

    private final ServerDatabase db;
    private final String url;
    private final int reps;

    ManyReps(ServerDatabase db, String url, int reps) {
        this.db = db;
        this.url = url;
        this.reps = reps;
    }

    void run() throws Exception {
        Tokens tokens = new Tokens(db, Clock.systemUTC());
        List<String> secrets = new ArrayList<>();
        List<PushRequest> pushes = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            secrets.add(tokens.create(Principal.of("rep" + r, "rep")).token());
            List<Promise> promises = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                promises.add(SyncPromises.promise("Customer " + r + "-" + i, "Deal " + i));
            }
            pushes.add(SyncBenchmark.pushOf(promises));
        }
        List<Long> roundMillis = Collections.synchronizedList(new ArrayList<>());
        List<Long> requestMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(64);
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        long spacingMicros = 60_000_000L / reps;
        long started = System.nanoTime();
        for (int r = 0; r < reps; r++) {
            int rep = r;
            pacer.schedule(() -> workers.execute(() -> {
                try {
                    SyncClient client = SyncClient.create(ServerAddress.parse(url, false), secrets.get(rep));
                    long begin = System.nanoTime();
                    client.push(pushes.get(rep));
                    long pushed = System.nanoTime();
                    requestMillis.add((pushed - begin) / 1_000_000);
                    long cursor = 0;
                    PullResponse page;
                    do {
                        long pullBegin = System.nanoTime();
                        page = client.pull(cursor, 500);
                        requestMillis.add((System.nanoTime() - pullBegin) / 1_000_000);
                        cursor = page.cursor();
                    } while (page.more());
                    roundMillis.add((System.nanoTime() - begin) / 1_000_000);
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.out.println("(c) rep " + rep + " failed: " + e.getMessage());
                }
            }), rep * spacingMicros, TimeUnit.MICROSECONDS);
        }
        pacer.shutdown();
        pacer.awaitTermination(2, TimeUnit.MINUTES);
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.MINUTES);
        long wall = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("(c) %d reps x 50 changes in %d ms wall: per rep sync (push + pull) p50 %d ms, p99 %d ms,"
                        + " max %d ms; per request p50 %d ms, p99 %d ms; errors %d%n", reps, wall,
                percentile(roundMillis, 50), percentile(roundMillis, 99), percentile(roundMillis, 100),
                percentile(requestMillis, 50), percentile(requestMillis, 99), errors.get());
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
