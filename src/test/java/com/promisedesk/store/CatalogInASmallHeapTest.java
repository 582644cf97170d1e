package com.promisedesk.store;

import com.promisedesk.SampleCopies;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.file.CatalogFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A big stored catalog loads in a heap far smaller than its text and tree: the desktop launcher's
 * heap ceiling (packaging/jvm.options) counts on it. The catalog's text alone is 16 MB here.
 */
@Slow
class CatalogInASmallHeapTest {

    private static final int CAPABILITIES = 20_000;
    /** Reading the whole text into a tree needed over 100 MB for this catalog. */
    private static final String SMALL_HEAP = "-Xmx48m";

    @TempDir
    Path dir;

    @Test
    void twentyThousandCapabilitiesLoadWithin48Mb() throws Exception {
        String output = inAChildJvm(LoadTheStoredCatalog.class);

        assertThat(output).as(output).contains("capabilities " + CAPABILITIES).doesNotContain("OutOfMemoryError");
    }

    @Test
    void theCatalogInUseKeepsItsCapabilitiesInTheStore() throws Exception {
        String output = inAChildJvm(OpenTheCatalogInUse.class);

        // Read whole, these 20,000 capabilities hold about 9 MB.
        long kept = Long.parseLong(output.replaceAll("(?s).*kept (\\d+).*", "$1"));
        assertThat(kept).as(output).isLessThan(2L * 1024 * 1024);
    }

    /** Stores the 20,000-capability catalog, then runs {@code main} on it in a JVM with the small heap; its output. */
    private String inAChildJvm(Class<?> main) throws Exception {
        String text = SampleCopies.of(CAPABILITIES).text();
        try (LocalStore store = LocalStore.open(dir)) {
            store.catalogs().importCatalog(CatalogFile.parse(text, "generated catalog.yaml"), text);
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", SMALL_HEAP, "-cp", System.getProperty("java.class.path"),
                main.getName(), dir.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        return output;
    }

    /** The child JVM: opens the catalog in use, asks for a capability, and says what stays in the heap. */
    public static final class OpenTheCatalogInUse {

        private OpenTheCatalogInUse() {
        }

        public static void main(String[] args) throws IOException {
            try (LocalStore store = LocalStore.open(Path.of(args[0]))) {
                long before = usedAfterCollecting();
                var catalog = CurrentCatalog.load(store).orElseThrow();
                String code = catalog.first(1).get(0).code();
                catalog.capability(code).orElseThrow();
                catalog.requirementCycles();
                long after = usedAfterCollecting();
                System.out.println("size " + catalog.size() + " kept " + Math.max(0, after - before));
            }
        }

        private static long usedAfterCollecting() {
            Runtime runtime = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return runtime.totalMemory() - runtime.freeMemory();
        }
    }

    /** The child JVM: loads the store's current catalog and says how many capabilities it has. */
    public static final class LoadTheStoredCatalog {

        private LoadTheStoredCatalog() {
        }

        public static void main(String[] args) throws IOException {
            try (LocalStore store = LocalStore.open(Path.of(args[0]))) {
                int size = CurrentCatalog.load(store).orElseThrow().capabilities().size();
                System.out.println("capabilities " + size);
            }
        }
    }
}
