package com.promisedesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Today's load grows with the promises, not with their square: four times the agreed promises
 * take under seven times as long, where linear is four and quadratic sixteen (measured 4.3 here; a read
 * of every promise's delivery marks per promise took 8.3 and fails it). The figures for 1,000 are in
 * docs/benchmarks.md ("Today").
 */
@Slow
class TodayLoadScaleTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-09");

    @TempDir
    Path dir;

    @Test
    void fourTimesThePromisesTakeLessThanSevenTimesAsLong() throws Exception {
        TodayScene.agreedPromises(dir.resolve("few"), 75);
        TodayScene.agreedPromises(dir.resolve("many"), 300);
        try (Loads few = new Loads(dir.resolve("few"), 75); Loads many = new Loads(dir.resolve("many"), 300)) {
            for (int warmUp = 0; warmUp < 3; warmUp++) {
                few.time();
                many.time();
            }
            long bestFew = Long.MAX_VALUE;
            long bestMany = Long.MAX_VALUE;
            // Alternately, so a busy moment on the machine does not fall on one size only; the fastest of each.
            for (int run = 0; run < 5; run++) {
                bestFew = Math.min(bestFew, few.time());
                bestMany = Math.min(bestMany, many.time());
            }
            assertThat(bestMany).as("best load of 300 agreed promises (ns) against 75: %d against %d", bestMany, bestFew)
                    .isLessThan(7 * bestFew);
        }
    }

    /** One store and its desk, kept as the app keeps them: the catalog agreed under is read once. */
    private static final class Loads implements AutoCloseable {
        private final LocalStore store;
        private final Judging judging;
        private final TodayDesk desk;
        private final int promises;

        Loads(Path dataDir, int promises) {
            this.store = LocalStore.open(dataDir);
            this.judging = Judging.of(store, CurrentCatalog.load(store).orElseThrow());
            this.desk = new TodayDesk(store, TodayDesk.NoticesSent.NONE, ZoneOffset.UTC);
            this.promises = promises;
        }

        long time() {
            long start = System.nanoTime();
            Today today = desk.load(judging, DAY);
            long took = System.nanoTime() - start;
            assertThat(today.atRisk()).hasSize(promises); // every promise: FLEET-TACHO retired
            return took;
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
