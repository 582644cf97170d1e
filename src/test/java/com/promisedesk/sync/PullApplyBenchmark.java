package com.promisedesk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.SyncRecords;
import com.promisedesk.sync.wire.WireJson;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The device's half of benchmark (b) without server or network, to measure one change at a
 * time (docs/benchmarks.md): 100,000 promises as the wire's trees, read into promises and
 * applied to a fresh local store in pages of 2,000. Thread CPU time is printed beside wall
 * time, as it suffers less from neighbours on a shared machine. Not a test: after
 * {@code test-compile}, {@code java -cp ... com.promisedesk.sync.PullApplyBenchmark}.
 */
public final class PullApplyBenchmark {

    private PullApplyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = 100_000;
        int page = Integer.getInteger("page", 2_000);
        ObjectMapper json = WireJson.mapper();
        List<JsonNode> trees = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            trees.add(json.readTree(PromiseFile.write(SyncPromises.promise("Customer " + i, "Deal " + i))));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long writtenBefore = bytesWritten();
        long[] parse = new long[2];
        long[] apply = new long[2];
        try (LocalStore store = LocalStore.open(Files.createTempDirectory("promisedesk-applybench"))) {
            for (int from = 0; from < count; from += page) {
                long wall = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                List<SyncRecords.SyncedPromise> promises = new ArrayList<>();
                for (JsonNode tree : trees.subList(from, from + page)) {
                    promises.add(new SyncRecords.SyncedPromise(PromiseFile.parse(tree, "promise"), 1));
                }
                long parsedWall = System.nanoTime();
                long parsedCpu = threads.getCurrentThreadCpuTime();
                store.sync().applyPulled(new SyncRecords.PulledPage(promises, List.of(), List.of(), null, from + page,
                        from + page >= count));
                parse[0] += parsedWall - wall;
                parse[1] += parsedCpu - cpu;
                apply[0] += System.nanoTime() - parsedWall;
                apply[1] += threads.getCurrentThreadCpuTime() - parsedCpu;
            }
            System.out.printf("%d promises: read from trees %d ms (CPU %d ms), written to SQLite %d ms (CPU %d ms);"
                    + " %.0f records/s; database %d MB, %d MB written to disk%n", count, parse[0] / 1_000_000,
                    parse[1] / 1_000_000, apply[0] / 1_000_000, apply[1] / 1_000_000,
                    count * 1e9 / (parse[0] + apply[0]), Files.size(store.file()) / 1_048_576,
                    (bytesWritten() - writtenBefore) / 1_048_576);
        }
        System.exit(0);
    }

    /** What this process has written to disk so far (Linux); 0 elsewhere. */
    private static long bytesWritten() throws java.io.IOException {
        Path io = Path.of("/proc/self/io");
        if (!Files.isReadable(io)) {
            return 0;
        }
        return Files.readAllLines(io).stream().filter(l -> l.startsWith("write_bytes:"))
                .mapToLong(l -> Long.parseLong(l.substring("write_bytes:".length()).trim())).findFirst().orElse(0);
    }
}
