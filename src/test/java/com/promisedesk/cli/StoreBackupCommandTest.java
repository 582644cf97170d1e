package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.store.LocalStore;
import com.promisedesk.store.ReadOnlyFolder;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code promisedesk store backup FILE}: the same backup as the app's, from a terminal. */
class StoreBackupCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void writesABackupThatOpensAsTheSameStore() throws Exception {
        Path data = dir.resolve("data");
        assertThat(Terminal.run(out, err, "--data-dir", data.toString(), "promise", "import",
                Terminal.sample(dir, "promise-northwind.json").toString())).as(err.toString()).isZero();
        Path backup = dir.resolve("promisedesk-backup-2026-12-05.db");

        assertThat(Terminal.run(out, err, "--data-dir", data.toString(), "store", "backup", backup.toString()))
                .as(err.toString()).isZero();

        assertThat(out.toString()).contains("Backed up " + data.toAbsolutePath().resolve("promisedesk.db") + " to " + backup);
        Path restored = Files.createDirectories(dir.resolve("restored"));
        Files.copy(backup, restored.resolve("promisedesk.db"));
        try (LocalStore store = LocalStore.open(restored)) {
            assertThat(store.promises().list()).singleElement()
                    .satisfies(row -> assertThat(row.toString()).contains("Northwind Traders"));
        }
    }

    @Test
    void aFolderThatCannotBeWrittenExits74WithTheReasonAndNoFile() throws Exception {
        Path data = dir.resolve("data");
        LocalStore.open(data).close();
        Path folder = ReadOnlyFolder.make(dir.resolve("read-only"));
        try {
            assertThat(Terminal.run(out, err, "--data-dir", data.toString(), "store", "backup",
                    folder.resolve("b.db").toString())).isEqualTo(74);
        } finally {
            ReadOnlyFolder.release(folder);
        }
        assertThat(err.toString()).contains("could not back up the local store to " + folder.resolve("b.db")
                + ": permission denied").doesNotContain("Exception");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void noLocalStoreToBackUpExits64() {
        assertThat(Terminal.run(out, err, "--data-dir", dir.resolve("nothing").toString(), "store", "backup",
                dir.resolve("b.db").toString())).isEqualTo(64);
        assertThat(err.toString()).contains("there is no local store in");
        assertThat(dir.resolve("nothing")).doesNotExist();
    }
}
