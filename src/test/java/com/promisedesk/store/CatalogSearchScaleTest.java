package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.Catalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Measures a large import and prefix searches over it; logs the times, asserts only the results. */
@Slow
class CatalogSearchScaleTest {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogSearchScaleTest.class);
    private static final int SIZE = 50_000;

    @Test
    void importAndSearchFiftyThousandCapabilities(@TempDir Path dir) {
        Catalog catalog = Catalogs.generated("big-1", SIZE);
        try (LocalStore store = LocalStore.open(dir)) {
            long started = System.nanoTime();
            store.catalogs().importCatalog(catalog, "generated " + SIZE);
            long importMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(store.catalogs().count()).isEqualTo(SIZE);
            LOG.info("Imported {} capabilities in {} ms", SIZE, importMillis);

            measure(store, "onb sta", 50);      // many matches ("Standard onboarding …")
            measure(store, "CAP-0421", 50);     // code prefix, 10 matches
            measure(store, "audit 4999", 50);   // narrow, two words
            measure(store, "", 50);             // blank: first page by code
            List<CapabilityRow> found = measure(store, "CAP-04213", 50);
            assertThat(found).extracting(CapabilityRow::code).containsExactly("CAP-04213");
            assertThat(measure(store, "onb sta", 50)).hasSize(50)
                    .allSatisfy(row -> assertThat(row.name()).startsWith("Standard onboarding"));
        }
    }

    private static List<CapabilityRow> measure(LocalStore store, String query, int limit) {
        store.catalogs().search(query, null, null, limit); // warm the statement and the page cache
        int runs = 20;
        long started = System.nanoTime();
        List<CapabilityRow> found = List.of();
        for (int i = 0; i < runs; i++) {
            found = store.catalogs().search(query, null, null, limit);
        }
        double millis = (System.nanoTime() - started) / 1_000_000.0 / runs;
        LOG.info("Search \"{}\" (limit {}) over {} capabilities: {} rows in {} ms on average",
                query, limit, SIZE, found.size(), String.format("%.2f", millis));
        return found;
    }
}
