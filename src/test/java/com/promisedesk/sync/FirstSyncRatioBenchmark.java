package com.promisedesk.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.domain.Promise;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.store.LocalStore;
import com.promisedesk.sync.wire.PullResponse;
import com.promisedesk.sync.wire.PulledPromise;
import com.promisedesk.sync.wire.WireJson;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * Benchmark (b) as a ratio measured in one run (docs/benchmarks.md, issue 14): the device
 * applying a first pull of 100,000 promises against SQLite alone writing the same rows,
 * alternately, 5 pairs; prints each pair's ratio (floor time / device time, so 1.0 is as
 * fast as the floor) and their median, after a warm-up not counted. A machine whose speed moves for hours moves both
 * halves of a pair alike.
 *
 * <p>The device: each page's answer as the central store sends it (JSON bytes), read into
 * the wire's records, each promise read and checked, the next page read ahead while one is
 * written, as a sync does ({@code PullPages}), then {@code SyncStore.applyPulled}: the wall
 * time of all "applied locally" counts, not the network.
 *
 * <p>The floor: an untimed first run of the device gives the rows; they are copied into an
 * in-memory database, then written with {@code INSERT … SELECT} into a fresh local store
 * (migrated, so the same tables, keys, unique index and foreign keys, checked), page by
 * page, each page with its cursor in one transaction, with the store's connection settings.
 * No row crosses from Java and nothing is parsed or read back. Not a test: {@code ./mvnw -B
 * -ntp -Pbench test-compile exec:exec -Dbench=com.promisedesk.sync.FirstSyncRatioBenchmark}.
 */
public final class FirstSyncRatioBenchmark {

    private static final int PROMISES = Integer.getInteger("promises", 100_000);
    private static final int PAGE = SyncRound.DEFAULT_PAGE;
    private static final int PAIRS = 5;
    /** Every table a pulled promise is written to, parents first, with its key column. */
    private static final List<String[]> TABLES = List.of(new String[] {"promise", "key"},
            new String[] {"commitment_line", "promise_key"}, new String[] {"line_term", "promise_key"},
            new String[] {"expectation", "promise_key"}, new String[] {"expectation_line", "promise_key"},
            new String[] {"responsibility", "promise_key"}, new String[] {"responsibility_line", "promise_key"},
            new String[] {"extra", "promise_key"}, new String[] {"promise_sync", "promise_key"});

    /** CPU time of the whole process (every thread, the collector's too), less moved by neighbours than wall time. */
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private FirstSyncRatioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = WireJson.mapper();
        List<byte[]> pages = new ArrayList<>();
        long bytes = 0;
        for (int from = 0; from < PROMISES; from += PAGE) {
            List<PulledPromise> promises = new ArrayList<>();
            for (int i = from; i < Math.min(PROMISES, from + PAGE); i++) {
                Promise p = SyncPromises.promise("Customer " + i, "Deal " + i);
                promises.add(new PulledPromise(i + 1, p.id(), 1, json.readTree(PromiseFile.write(p))));
            }
            byte[] page = json.writeValueAsBytes(new PullResponse(promises, List.of(), List.of(), null,
                    from + promises.size(), from + PAGE < PROMISES));
            pages.add(page);
            bytes += page.length;
        }
        System.out.printf("%d promises in %d pages of %d, %d MB of answers%n", PROMISES, pages.size(), PAGE,
                bytes / 1_048_576);
        Path seed = Files.createTempDirectory("promisedesk-ratio-seed");
        long[] warm = device(json, pages, seed);
        // The JIT still compiles the reading of answers well into the second run; a pair not counted.
        long[] warmer = device(json, pages, null);
        long warmFloor = floor(seed.resolve("promisedesk.db"));
        System.out.printf("warm-up, not counted: device %,d ms (it gives the floor's rows), then device %,d ms,"
                + " floor %,d ms%n", warm[0] / 1_000_000, warmer[0] / 1_000_000, warmFloor / 1_000_000);
        double[] ratios = new double[PAIRS];
        double[] cpuRatios = new double[PAIRS];
        for (int pair = 0; pair < PAIRS; pair++) {
            String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            long cpu = CPU.getProcessCpuTime();
            long[] device = device(json, pages, null);
            long deviceCpu = CPU.getProcessCpuTime() - cpu;
            cpu = CPU.getProcessCpuTime();
            long floor = floor(seed.resolve("promisedesk.db"));
            long floorCpu = CPU.getProcessCpuTime() - cpu;
            ratios[pair] = (double) floor / device[0];
            cpuRatios[pair] = (double) floorCpu / deviceCpu;
            System.out.printf("pair %d: device %,d ms (answers' JSON %,d, reading promises %,d, SQLite %,d; CPU %,d ms),"
                    + " floor %,d ms (CPU %,d ms), ratio %.2f (CPU %.2f) (load %s)%n", pair + 1, device[0] / 1_000_000,
                    device[1] / 1_000_000, device[2] / 1_000_000, device[3] / 1_000_000, deviceCpu / 1_000_000,
                    floor / 1_000_000, floorCpu / 1_000_000, ratios[pair], cpuRatios[pair], load);
        }
        System.out.printf("median ratio of %d pairs: %.2f (floor time / device time; 1.0 = as fast as the floor);"
                + " of CPU time: %.2f%n", PAIRS, median(ratios), median(cpuRatios));
        delete(seed);
        System.exit(0);
    }

    /**
     * Applies every page to a fresh store, kept in {@code keep} when not null.
     *
     * @return nanoseconds: all (wall), and of it: reading the answers' JSON, reading the promises (both ahead, on
     *         another thread, as a sync does: {@code PullPages}), SQLite
     */
    private static long[] device(ObjectMapper mapper, List<byte[]> pages, Path keep) throws Exception {
        Path dir = keep != null ? keep : Files.createTempDirectory("promisedesk-ratio-device");
        long[] spent = new long[4];
        AtomicLong json = new AtomicLong();
        try (LocalStore store = LocalStore.open(dir)) {
            long started = System.nanoTime();
            try (PullPages answers = new PullPages(since -> {
                long reading = System.nanoTime();
                try {
                    return mapper.readValue(pages.get((int) (since / PAGE)), PullResponse.class);
                } catch (IOException e) {
                    throw new SyncException(0, "network", "unreadable answer: " + e.getMessage(), e);
                } finally {
                    json.addAndGet(System.nanoTime() - reading);
                }
            }, 0)) {
                while (true) {
                    PullPages.Page page = answers.next();
                    long writing = System.nanoTime();
                    store.sync().applyPulled(page.local());
                    spent[3] += System.nanoTime() - writing;
                    spent[2] += page.readNanos();
                    if (!page.answer().more()) {
                        break;
                    }
                }
            }
            spent[0] = System.nanoTime() - started;
            spent[1] = json.get();
        }
        if (keep == null) {
            delete(dir);
        }
        return spent;
    }

    /** SQLite alone writing the seed store's rows into a fresh store, page by page; nanoseconds. */
    private static long floor(Path seed) throws Exception {
        Path dir = Files.createTempDirectory("promisedesk-ratio-floor");
        Path file;
        try (LocalStore store = LocalStore.open(dir)) {
            file = store.file();
        }
        long spent;
        try (Connection connection = config().createConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("ATTACH DATABASE '" + seed + "' AS seed");
            statement.execute("ATTACH DATABASE ':memory:' AS src");
            for (String[] table : TABLES) {
                statement.execute("CREATE TABLE src." + table[0] + " AS SELECT * FROM seed." + table[0]
                       );
                statement.execute("CREATE INDEX src." + table[0] + "_page ON " + table[0] + " (" + table[1] + ")");
            }
            statement.execute("DETACH DATABASE seed");
            List<PreparedStatement> copies = new ArrayList<>();
            for (String[] table : TABLES) {
                copies.add(connection.prepareStatement("INSERT INTO main." + table[0] + " SELECT * FROM src."
                        + table[0] + " WHERE " + table[1] + " BETWEEN ? AND ? ORDER BY " + table[1]));
            }
            PreparedStatement cursor = connection.prepareStatement("INSERT INTO sync_setting (key, value)"
                    + " VALUES ('cursor', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
            long started = System.nanoTime();
            for (int from = 1; from <= PROMISES; from += PAGE) {
                connection.setAutoCommit(false);
                for (PreparedStatement copy : copies) {
                    copy.setLong(1, from);
                    copy.setLong(2, from + PAGE - 1);
                    copy.executeUpdate();
                }
                cursor.setString(1, Long.toString(Math.min(PROMISES, from + PAGE - 1)));
                cursor.executeUpdate();
                connection.commit();
                connection.setAutoCommit(true);
            }
            spent = System.nanoTime() - started;
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM main.promise")) {
                rows.next();
                if (rows.getInt(1) != PROMISES) {
                    throw new IllegalStateException("the floor wrote " + rows.getInt(1) + " promises");
                }
            }
        }
        delete(dir);
        return spent;
    }

    /** The local store's connection settings ({@code LocalStore}); synchronous left at SQLite's FULL there too. */
    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        config.setCacheSize(-32_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setGetGeneratedKeys(false);
        return config;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
