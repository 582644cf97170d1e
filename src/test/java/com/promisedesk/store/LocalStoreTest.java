package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreTest {

    @TempDir
    Path dir;

    @Test
    void openCreatesTheFolderAndTheFileAndCanBeOpenedAgain() throws Exception {
        Path dataDir = dir.resolve("nested/data");
        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(store.file()).isEqualTo(dataDir.toAbsolutePath().resolve("promisedesk.db")).exists();
        }
        try (LocalStore again = LocalStore.open(dataDir)) {
            assertThat(again.catalogs().count()).isZero();
        }
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("promisedesk.db"));
             ResultSet rows = plain.createStatement().executeQuery(
                     "SELECT count(*), min(success), count(DISTINCT version) FROM flyway_schema_history"
                             + " WHERE version IS NOT NULL")) {
            rows.next();
            assertThat(rows.getInt(1)).as("each migration applied once").isEqualTo(migrationFiles());
            assertThat(rows.getInt(2)).as("and successfully").isEqualTo(1);
        }
    }

    /** The versioned migrations shipped in db/local (V1, V3 …), however many helpers add. */
    private static int migrationFiles() throws Exception {
        try (var files = java.nio.file.Files.list(Path.of(LocalStore.class.getResource("/db/local").toURI()))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    @Test
    void theConnectionUsesWalForeignKeysAndABusyTimeout() {
        try (LocalStore store = LocalStore.open(dir)) {
            assertThat(pragma(store, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(store, "foreign_keys")).isEqualTo("1");
            assertThat(Integer.parseInt(pragma(store, "busy_timeout"))).isPositive();
        }
    }

    @Test
    void anInsertRunsNoHiddenSelectForGeneratedKeys() {
        try (LocalStore store = LocalStore.open(dir)) {
            boolean generatedKeys = store.transactions().read("read the driver's settings", c -> c
                    .unwrap(org.sqlite.SQLiteConnection.class).getConnectionConfig().isGetGeneratedKeys());
            assertThat(generatedKeys).as("the driver selects last_insert_rowid() after every INSERT").isFalse();
        }
    }

    @Test
    void foreignKeysAreEnforcedNotJustSwitchedOn() {
        try (LocalStore store = LocalStore.open(dir)) {
            assertThatThrownBy(() -> store.transactions().write("insert an orphan line", c -> c.createStatement()
                    .executeUpdate("INSERT INTO commitment_line (promise_key, position, capability, quantity)"
                            + " VALUES (424242, 0, 'X', 1)")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("could not insert an orphan line")
                    .hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void dataSurvivesCloseAndReopen() {
        UUID id = UUID.randomUUID();
        try (LocalStore store = LocalStore.open(dir)) {
            store.catalogs().importCatalog(Catalogs.sample("2026.11.2"), "catalog text");
            store.promises().save(Promises.full(id));
        }
        try (LocalStore store = LocalStore.open(dir)) {
            assertThat(store.catalogs().current()).get().extracting(StoredCatalog::version).isEqualTo("2026.11.2");
            assertThat(store.catalogs().count()).isEqualTo(5);
            assertThat(store.catalogs().search("onb", null, null, 10)).extracting(CapabilityRow::code)
                    .containsExactly("ONB-STD");
            assertThat(store.promises().find(id)).contains(Promises.full(id));
            assertThat(store.outbox().pendingCount()).isEqualTo(1);
        }
    }

    @Test
    void aClosedStoreSaysSo() {
        LocalStore store = LocalStore.open(dir);
        store.close();
        store.close();
        assertThatThrownBy(() -> store.promises().list())
                .isInstanceOf(StoreException.class)
                .hasMessage("could not list the promises: the local store is closed");
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> LocalStore.open(file.resolve("data")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("could not create the data folder")
                .hasMessageContaining("not-a-folder");
    }

    private static String pragma(LocalStore store, String name) {
        return store.transactions().read("read pragma " + name, c -> {
            try (ResultSet rows = c.createStatement().executeQuery("PRAGMA " + name)) {
                rows.next();
                return rows.getString(1);
            }
        });
    }
}
