package com.promisedesk.sync;

import com.promisedesk.domain.Promise;
import com.promisedesk.server.CentralServer;
import com.promisedesk.server.Principal;
import com.promisedesk.server.ServerDatabase;
import com.promisedesk.server.Tokens;
import com.promisedesk.sync.wire.ChangeResult;
import com.promisedesk.sync.wire.PushRequest;
import com.promisedesk.sync.wire.PushResponse;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load on PostgreSQL (docs/benchmarks.md, 2026-12-05): 1,000 reps start at an even pace over
 * one minute and each pushes 50 new promises in one push to one central store on loopback;
 * the push latency, the errors, and then every change counted in the database. Beside it the
 * floor: the same rows written by plain JDBC ({@link LoadFloor}), one rep's transaction at a
 * time, into PostgreSQL and into the SQLite file. Not a test: run with
 * {@code ./mvnw -B -ntp -Pbench test-compile exec:exec -Dbench=com.promisedesk.sync.LoadBenchmark}.
 */
public final class LoadBenchmark {

    private static final int REPS = 1_000;
    private static final int CHANGES = 50;
    private static final int WARM_UP_REPS = 20;
    /** The client's threads: as many pushes in flight at most (the server's pool has 16 connections). */
    private static final int CLIENT_THREADS = 64;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("promisedesk-loadbench");
        List<PushRequest> pushes = new ArrayList<>();
        for (int r = 0; r < REPS; r++) {
            List<Promise> promises = new ArrayList<>();
            for (int i = 0; i < CHANGES; i++) {
                promises.add(SyncPromises.promise("Customer " + r + "-" + i, "Deal " + i));
            }
            pushes.add(SyncBenchmark.pushOf(promises));
        }
        try (PostgresBackend postgres = PostgresBackend.start()) {
            try (ServerDatabase db = postgres.freshDatabase(dir.resolve("server"));
                 CentralServer server = CentralServer.start(db, CentralServer.Settings.loopback(0), Clock.systemUTC())) {
                load(db, server.uri().toString(), pushes, postgres.jdbcUrl(dir.resolve("server")));
            }
            try (ServerDatabase db = postgres.freshDatabase(dir.resolve("floor-postgres"))) {
                new LoadFloor(db, "PostgreSQL").write(pushes);
            }
        }
        try (ServerDatabase db = ServerDatabase.sqlite(dir.resolve("floor-sqlite"))) {
            new LoadFloor(db, "SQLite").write(pushes);
        }
        System.exit(0);
    }

    private static void load(ServerDatabase db, String url, List<PushRequest> pushes, String jdbcUrl) throws Exception {
        Tokens tokens = new Tokens(db, Clock.systemUTC());
        ExecutorService httpThreads = Executors.newFixedThreadPool(CLIENT_THREADS);
        HttpClient http = HttpClient.newBuilder().executor(httpThreads).connectTimeout(Duration.ofSeconds(10)).build();
        List<SyncClient> clients = new ArrayList<>();
        for (int r = 0; r < REPS; r++) {
            clients.add(new SyncClient(http, ServerAddress.parse(url, false),
                    tokens.create(Principal.of("rep" + r, "rep")).token(), Duration.ofSeconds(120)));
        }
        // A server runs warm: the first pushes after start-up (JIT, pool) are not counted, as in (c).
        for (int w = 0; w < WARM_UP_REPS; w++) {
            List<Promise> promises = new ArrayList<>();
            for (int i = 0; i < CHANGES; i++) {
                promises.add(SyncPromises.promise("Warm-up " + w + "-" + i, "Deal " + i));
            }
            new SyncClient(http, ServerAddress.parse(url, false),
                    tokens.create(Principal.of("warm-up" + w, "rep")).token(), Duration.ofSeconds(120))
                    .push(SyncBenchmark.pushOf(promises));
        }
        List<Long> pushMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        WaitSampler waits = new WaitSampler(jdbcUrl);
        long wall = PacedReps.overOneMinute(REPS, CLIENT_THREADS, rep -> {
            long begin = System.nanoTime();
            try {
                PushResponse answer = clients.get(rep).push(pushes.get(rep));
                pushMillis.add((System.nanoTime() - begin) / 1_000_000);
                long applied = answer.results().stream().filter(c -> ChangeResult.APPLIED.equals(c.outcome())).count();
                if (applied != CHANGES) {
                    errors.incrementAndGet();
                    System.out.println("rep " + rep + ": " + applied + " of " + CHANGES + " changes applied");
                }
            } catch (Exception e) {
                errors.incrementAndGet();
                System.out.println("rep " + rep + " failed: " + e.getMessage());
            }
        });
        waits.close();
        httpThreads.shutdown();
        System.out.printf("Server on PostgreSQL: %d reps x %d changes, one push each, started over 60 s, done in %d ms;"
                        + " push p50 %d ms, p99 %d ms, max %d ms; errors %d (client threads %d)%n", REPS, CHANGES, wall,
                percentile(pushMillis, 50), percentile(pushMillis, 99), percentile(pushMillis, 100), errors.get(),
                CLIENT_THREADS);
        ServerTables tables = new ServerTables(db);
        String reps1000 = "owner LIKE 'rep%'";
        System.out.printf("Counted in the database for the %d reps: %d applied changes (%d distinct ids), %d promises,"
                        + " %d versions, %d reps with exactly %d promises, %d distinct feed seqs%n", REPS,
                tables.count("SELECT count(*) FROM applied_change WHERE outcome = 'applied' AND " + reps1000),
                tables.count("SELECT count(DISTINCT change_id) FROM applied_change WHERE " + reps1000),
                tables.count("SELECT count(*) FROM promise WHERE " + reps1000),
                tables.count("SELECT count(*) FROM promise_version v JOIN promise p ON p.id = v.promise_id WHERE p."
                        + reps1000),
                tables.count("SELECT count(*) FROM (SELECT owner FROM promise WHERE " + reps1000
                        + " GROUP BY owner HAVING count(*) = " + CHANGES + ") o"),
                CHANGES, tables.count("SELECT count(DISTINCT seq) FROM promise WHERE " + reps1000));
        tables.assertConsistent();
        System.out.println("The server's tables agree with each other (ServerTables.assertConsistent)");
    }

    static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
