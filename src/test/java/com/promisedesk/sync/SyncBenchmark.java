package com.promisedesk.sync;

import com.promisedesk.domain.Promise;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.server.CentralServer;
import com.promisedesk.server.Principal;
import com.promisedesk.server.ServerDatabase;
import com.promisedesk.server.Tokens;
import com.promisedesk.store.LocalStore;
import com.promisedesk.sync.wire.Change;
import com.promisedesk.sync.wire.PushRequest;
import com.promisedesk.sync.wire.WireJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The sync benchmarks of docs/benchmarks.md against an embedded PostgreSQL 17 and a
 * server in this JVM on loopback. Not a test: run with
 * {@code ./mvnw -B -ntp -Psyncbench test-compile exec:exec}.
 */
public final class SyncBenchmark {

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("promisedesk-syncbench");
        // Arguments pick benchmarks (a, b, c); none runs all three.
        List<String> which = args.length == 0 ? List.of("a", "b", "c") : List.of(args);
        try (PostgresBackend postgres = PostgresBackend.start()) {
            if (which.contains("a")) {
                endOfDay(postgres, dir.resolve("a"));
            }
            if (which.contains("b")) {
                firstSync(postgres, dir.resolve("b"));
            }
            if (which.contains("c")) {
                manyReps(postgres, dir.resolve("c"), 1_000);
            }
        }
        System.exit(0);
    }

    /** (a) 500 changed promises up, a 5,000-capability catalog change down; five rounds. */
    static void endOfDay(PostgresBackend postgres, Path dir) throws Exception {
        try (ServerDatabase db = postgres.freshDatabase(dir);
             CentralServer server = CentralServer.start(db, CentralServer.Settings.loopback(0), Clock.systemUTC())) {
            Tokens tokens = new Tokens(db, Clock.systemUTC());
            String rep = tokens.create(Principal.of("anna", "rep")).token();
            SyncClient owner = SyncClient.create(ServerAddress.parse(server.uri().toString(), false),
                    tokens.create(Principal.of("carl", "catalog-owner")).token());
            try (LocalStore store = LocalStore.open(dir.resolve("device"))) {
                List<Promise> promises = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    promises.add(SyncPromises.promise("Customer " + i, "Deal " + i));
                }
                long[] millis = new long[6];
                for (int round = 0; round < millis.length; round++) {
                    for (int i = 0; i < promises.size(); i++) {
                        promises.set(i, SyncPromises.retitled(promises.get(i), "Deal " + i + ", day " + round));
                        store.promises().save(promises.get(i));
                    }
                    owner.publish("catalog.yaml", catalogText("bench-" + round, 5_000));
                    SyncClient client = SyncClient.create(ServerAddress.parse(server.uri().toString(), false), rep);
                    long started = System.nanoTime();
                    SyncRound.Summary s = new SyncRound(client, store.sync(), SyncRound.DEFAULT_BATCH, SyncRound.DEFAULT_PAGE,
                            p -> { }).run();
                    millis[round] = (System.nanoTime() - started) / 1_000_000;
                    System.out.printf("(a) round %d: %d ms, pushed %d, pulled %d, new catalog %s, %d KB up, %d KB down%n",
                            round, millis[round], s.pushed(), s.pulled(), s.newCatalogs(), s.bytesUp() / 1024,
                            s.bytesDown() / 1024);
                }
                long[] measured = Arrays.copyOfRange(millis, 1, millis.length);
                Arrays.sort(measured);
                System.out.printf("(a) end-of-day sync, median of %d rounds after one warm-up: %d ms (min %d, max %d)%n",
                        measured.length, measured[measured.length / 2], measured[0], measured[measured.length - 1]);
            }
        }
    }

    /** (b) a new device pulls 100,000 promises. */
    static void firstSync(PostgresBackend postgres, Path dir) throws Exception {
        int count = 100_000;
        try (ServerDatabase db = postgres.freshDatabase(dir);
             CentralServer server = CentralServer.start(db, CentralServer.Settings.loopback(0), Clock.systemUTC())) {
            String rep = new Tokens(db, Clock.systemUTC()).create(Principal.of("anna", "rep")).token();
            long loadStart = System.nanoTime();
            preload(db, "anna", count);
            System.out.printf("(b) preloaded %d promises in %d ms%n", count, (System.nanoTime() - loadStart) / 1_000_000);
            try (LocalStore store = LocalStore.open(dir.resolve("device"))) {
                SyncClient client = SyncClient.create(ServerAddress.parse(server.uri().toString(), false), rep);
                long started = System.nanoTime();
                SyncRound.Summary s = new SyncRound(client, store.sync(), SyncRound.DEFAULT_BATCH, SyncRound.DEFAULT_PAGE,
                        p -> { }).run();
                long millis = (System.nanoTime() - started) / 1_000_000;
                // Applied locally: everything the device does with a page once its bytes are in (the
                // answer's JSON read, each promise read and checked, the SQLite transaction); not the network.
                System.out.printf("(b) first sync: %d records in %d ms = %.0f records/s end to end; applying locally"
                        + " took %d ms = %.0f records/s (of which reading the answers' JSON %d ms); %d MB down%n",
                        s.pulled(), millis, s.pulled() * 1000.0 / millis, s.applyNanos() / 1_000_000,
                        s.pulled() * 1e9 / s.applyNanos(), client.readNanos() / 1_000_000, s.bytesDown() / 1_048_576);
            }
        }
    }

    private static void preload(ServerDatabase db, String owner, int count) throws Exception {
        db.write(connection -> {
            try (PreparedStatement promise = connection.prepareStatement(
                    "INSERT INTO promise (id, owner, version, doc, change_id, seq, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?)");
                 PreparedStatement version = connection.prepareStatement(
                         "INSERT INTO promise_version (promise_id, version, doc, change_id, created_at) VALUES (?, 1, ?, ?, ?)")) {
                for (int i = 1; i <= count; i++) {
                    Promise p = SyncPromises.promise("Customer " + i, "Deal " + i);
                    String doc = PromiseFile.write(p);
                    String change = UUID.randomUUID().toString();
                    promise.setString(1, p.id().toString());
                    promise.setString(2, owner);
                    promise.setString(3, doc);
                    promise.setString(4, change);
                    promise.setLong(5, i);
                    promise.setString(6, "2026-11-23T00:00:00.000000Z");
                    promise.addBatch();
                    version.setString(1, p.id().toString());
                    version.setString(2, doc);
                    version.setString(3, change);
                    version.setString(4, "2026-11-23T00:00:00.000000Z");
                    version.addBatch();
                    if (i % 1_000 == 0) {
                        promise.executeBatch();
                        version.executeBatch();
                    }
                }
            }
            try (PreparedStatement counter = connection.prepareStatement(
                    "UPDATE sync_counter SET value = ? WHERE name = 'feed'")) {
                counter.setLong(1, count);
                counter.executeUpdate();
            }
            return null;
        });
    }

    /** (c) {@code reps} reps, each pushing 50 changes and pulling, spread over one minute. */
    static void manyReps(PostgresBackend postgres, Path dir, int reps) throws Exception {
        try (ServerDatabase db = postgres.freshDatabase(dir);
             CentralServer server = CentralServer.start(db, CentralServer.Settings.loopback(0), Clock.systemUTC())) {
            new ManyReps(db, server.uri().toString(), reps).run();
        }
    }

    static PushRequest pushOf(List<Promise> promises) throws Exception {
        var json = WireJson.mapper();
        List<Change> changes = new ArrayList<>();
        for (Promise p : promises) {
            changes.add(new Change(UUID.randomUUID(), List.of(), p.id(), 0, json.readTree(PromiseFile.write(p)), List.of()));
        }
        return new PushRequest(changes);
    }

    static String catalogText(String version, int size) {
        StringBuilder text = new StringBuilder("catalog:\n  version: \"" + version + "\"\n  published: 2026-11-20\n"
                + "policy:\n  tiers:\n    1: { approvers: [sales-lead] }\n    2: { approvers: [sales-lead, product] }\n"
                + "  bespokeTier: 2\n  capacityTier: 2\n  underPromise: { slackPercent: 25, minSlackDays: 5 }\n"
                + "capabilities:\n");
        for (int i = 0; i < size; i++) {
            text.append("  - code: CAP-").append(i).append("\n    name: Capability ").append(i)
                    .append(" of ").append(version).append("\n    category: service\n")
                    .append("    summary: \"A generated capability for the sync benchmark, number ").append(i)
                    .append(".\"\n    owner: Customer Success\n    status: available\n")
                    .append("    leadTime: { standard: 15, stretch: [ { tier: 1, min: 10 } ] }\n");
        }
        return text.toString();
    }
}
