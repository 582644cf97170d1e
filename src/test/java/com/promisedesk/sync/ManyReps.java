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
import java.util.concurrent.atomic.AtomicInteger;

/** Benchmark (c): reps start at an even pace over one minute; each pushes 50 changes, then pulls. */
final class ManyReps {

    private static final int WARM_UP_REPS = 20;

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
        // A server runs warm: like (a)'s first round, the first reps only warm up the JIT and
        // the connection pool and are not counted (measured cold, reps 0-14 were the 15 slowest).
        List<Long> warmUp = Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < WARM_UP_REPS; w++) {
            String secret = tokens.create(Principal.of("warm-up" + w, "rep")).token();
            List<Promise> promises = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                promises.add(SyncPromises.promise("Warm-up " + w + "-" + i, "Deal " + i));
            }
            syncOnce(secret, SyncBenchmark.pushOf(promises), warmUp, new ArrayList<>());
        }
        System.out.printf("(c) warm-up: %d reps one after another, not counted: slowest %d ms, last %d ms%n",
                WARM_UP_REPS, percentile(warmUp, 100), warmUp.get(warmUp.size() - 1));
        List<Long> roundMillis = Collections.synchronizedList(new ArrayList<>());
        List<Long> requestMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long wall = PacedReps.overOneMinute(reps, 64, rep -> {
            try {
                syncOnce(secrets.get(rep), pushes.get(rep), roundMillis, requestMillis);
            } catch (Exception e) {
                errors.incrementAndGet();
                System.out.println("(c) rep " + rep + " failed: " + e.getMessage());
            }
        });
        System.out.printf("(c) %d reps x 50 changes in %d ms wall: per rep sync (push + pull) p50 %d ms, p99 %d ms,"
                        + " max %d ms; per request p50 %d ms, p99 %d ms; errors %d%n", reps, wall,
                percentile(roundMillis, 50), percentile(roundMillis, 99), percentile(roundMillis, 100),
                percentile(requestMillis, 50), percentile(requestMillis, 99), errors.get());
    }

    /** One rep's sync: push the changes, pull until nothing is left; the times go into the lists. */
    private void syncOnce(String secret, PushRequest push, List<Long> roundMillis, List<Long> requestMillis)
            throws Exception {
        SyncClient client = SyncClient.create(ServerAddress.parse(url, false), secret);
        long begin = System.nanoTime();
        client.push(push);
        requestMillis.add((System.nanoTime() - begin) / 1_000_000);
        long cursor = 0;
        PullResponse page;
        do {
            long pullBegin = System.nanoTime();
            page = client.pull(cursor, SyncRound.DEFAULT_PAGE);
            requestMillis.add((System.nanoTime() - pullBegin) / 1_000_000);
            cursor = page.cursor();
        } while (page.more());
        roundMillis.add((System.nanoTime() - begin) / 1_000_000);
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
