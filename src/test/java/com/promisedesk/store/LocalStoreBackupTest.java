package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.domain.Promise;
import com.promisedesk.failure.FailureWords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Back up my data": one file that opens as a store with the same promises, or no file and a plain reason. */
class LocalStoreBackupTest {

    @TempDir
    Path dir;

    @Test
    void theBackupOpensAsAStoreHoldingTheSamePromisesAndNotTheToken() throws Exception {
        Path data = dir.resolve("data");
        Promise full = Promises.full(UUID.randomUUID());
        Promise simple = Promises.simple(UUID.randomUUID(), "Ostwind Logistik", "Rollout");
        Path backup;
        try (LocalStore store = LocalStore.open(data)) {
            store.promises().save(full);
            store.promises().save(simple);
            // The token lives beside the store, never in it.
            Files.writeString(data.resolve("sync-token"), "pd_secret-token-4f1c9a", StandardCharsets.UTF_8);

            backup = store.backupTo(dir.resolve("promisedesk-backup-2026-12-05.db"));
            store.promises().save(Promises.simple(UUID.randomUUID(), "After", "the backup"));
        }

        assertThat(backup).isEqualTo(dir.resolve("promisedesk-backup-2026-12-05.db").toAbsolutePath()).isRegularFile();
        assertThat(new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1)).doesNotContain("pd_secret");
        Path restored = Files.createDirectories(dir.resolve("restored"));
        Files.copy(backup, restored.resolve("promisedesk.db"));
        try (LocalStore store = LocalStore.open(restored)) {
            assertThat(store.promises().find(full.id())).contains(full);
            assertThat(store.promises().find(simple.id())).contains(simple);
            assertThat(store.promises().list()).hasSize(2);
            assertThat(store.outbox().pendingItems()).as("what was not synced yet is in it too").isEqualTo(2);
        }
        assertThat(leftovers()).containsOnly("data", "promisedesk-backup-2026-12-05.db", "restored");
    }

    @Test
    void aBackupWhileTheStoreIsWrittenIsOneConsistentMoment() throws Exception {
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            AtomicBoolean writing = new AtomicBoolean(true);
            Future<Integer> saved = writer.submit(() -> {
                int n = 0;
                while (writing.get() || n < 20) {
                    store.promises().save(Promises.simple(UUID.randomUUID(), "Customer " + n, "Promise " + n));
                    n++;
                }
                return n;
            });
            Thread.sleep(50);
            Path backup = store.backupTo(dir.resolve("during.db"));
            writing.set(false);
            assertThat(saved.get()).isPositive();

            Path restored = Files.createDirectories(dir.resolve("restored"));
            Files.copy(backup, restored.resolve("promisedesk.db"));
            try (LocalStore copy = LocalStore.open(restored)) {
                int promises = copy.promises().list().size();
                assertThat(copy.outbox().pendingItems()).as("each promise with its outbox entry").isEqualTo(promises);
                assertThat(pragma(copy, "integrity_check")).isEqualTo("ok");
            }
        } finally {
            writer.shutdownNow();
        }
    }

    @Test
    void aFolderThatCannotBeWrittenFailsPlainlyAndLeavesNoFile() throws Exception {
        Path folder = ReadOnlyFolder.make(dir.resolve("read-only"));
        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            store.promises().save(Promises.full(UUID.randomUUID()));

            assertThatThrownBy(() -> store.backupTo(folder.resolve("backup.db")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("could not back up the local store to " + folder.resolve("backup.db"))
                    .satisfies(e -> assertThat(FailureWords.plain(e.getMessage())).isTrue())
                    .hasMessageEndingWith(ReadOnlyFolder.REASON);
        } finally {
            ReadOnlyFolder.release(folder);
        }
        assertThat(Files.list(folder).toList()).isEmpty();
    }

    @Test
    void aFailureAfterTheCopyStillLeavesNoHalfFile() throws Exception {
        // A folder of that name is in the way of the finished file: the copy is made, the move fails.
        Path inTheWay = Files.createDirectories(dir.resolve("backup.db/not empty"));
        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            assertThatThrownBy(() -> store.backupTo(dir.resolve("backup.db")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("could not back up the local store to " + dir.resolve("backup.db"));
        }
        assertThat(inTheWay).isDirectory();
        assertThat(leftovers()).containsOnly("backup.db", "data");
    }

    private List<String> leftovers() throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    private static String pragma(LocalStore store, String name) {
        return store.transactions().read("read " + name, c -> {
            try (var rows = c.createStatement().executeQuery("PRAGMA " + name)) {
                rows.next();
                return rows.getString(1);
            }
        });
    }
}
