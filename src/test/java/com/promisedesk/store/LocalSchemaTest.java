package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** Opening a store whose tables are already this app's skips Flyway; anything else still goes through it. */
class LocalSchemaTest {

    @TempDir
    Path dir;

    @Test
    void theNewestMigrationIsTheOneTheStoreChecksFor() throws Exception {
        List<String> names;
        try (Stream<Path> files = Files.list(Path.of(LocalStore.class.getResource("/db/local").toURI()))) {
            names = files.map(f -> f.getFileName().toString()).toList();
        }
        assertThat(names).as("whole-number versioned migrations only: the check compares whole numbers")
                .isNotEmpty().allMatch(name -> name.matches("V\\d+__.+\\.sql"));
        int newest = names.stream().mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max().orElseThrow();
        assertThat(LocalSchema.NEWEST_MIGRATION)
                .as("a migration was added to db/local: raise LocalSchema.NEWEST_MIGRATION to its version")
                .isEqualTo(newest);
    }

    @Test
    void onlyAStoreMigratedToTheNewestVersionIsCurrent() throws Exception {
        SQLiteDataSource source = source();
        assertThat(LocalSchema.isCurrent(source)).as("a new, empty file").isFalse();
        migrate(source, String.valueOf(LocalSchema.NEWEST_MIGRATION - 1));
        assertThat(LocalSchema.isCurrent(source)).as("one migration behind").isFalse();
        migrate(source, "latest");
        assertThat(LocalSchema.isCurrent(source)).isTrue();
    }

    @Test
    void aStoreThatIsNotADatabaseIsNotCurrentAndFlywaySaysWhy() throws Exception {
        Files.writeString(dir.resolve(LocalStore.FILE_NAME), "these are not the tables you are looking for ".repeat(200));
        assertThat(LocalSchema.isCurrent(source())).isFalse();
        assertThatThrownBy(() -> LocalStore.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is not a PromiseDesk database or is damaged");
    }

    @Test
    void aStoreWithAFailedMigrationStillGoesThroughFlywayWhichReportsIt() throws Exception {
        LocalStore.open(dir).close();
        try (Connection c = source().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE flyway_schema_history SET success = 0 WHERE version = '" + LocalSchema.NEWEST_MIGRATION + "'");
        }
        assertThat(LocalSchema.isCurrent(source())).isFalse();
        assertThatThrownBy(() -> LocalStore.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("could not update the tables of the local store");
    }

    @Test
    void openingAnUpToDateStoreLoadsNoFlywayClassOpeningANewOneDoes() throws Exception {
        assertThat(flywayClassesLoadedOpening(dir)).as("a new store is migrated by Flyway").isPositive();
        assertThat(flywayClassesLoadedOpening(dir)).as("the same store opened again").isZero();
    }

    /** Opens the store at {@code dataDir} in a JVM of its own and counts the Flyway classes it loaded. */
    private static long flywayClassesLoadedOpening(Path dataDir) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"),
                OpenStore.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines;
        try (var out = child.inputReader()) {
            lines = out.lines().toList();
        }
        assertThat(child.waitFor()).as("the child opened the store").isZero();
        assertThat(lines).as("the class log was read").anyMatch(line -> line.contains(LocalStore.class.getName()));
        return lines.stream().filter(line -> line.contains(" org.flywaydb.")).count();
    }

    private SQLiteDataSource source() {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + dir.resolve(LocalStore.FILE_NAME));
        return source;
    }

    private static void migrate(SQLiteDataSource source, String target) throws SQLException {
        Flyway.configure().dataSource(source).locations("classpath:db/local").target(target).load().migrate();
    }

    /** The child: opens and closes the local store in the folder it is given. */
    public static final class OpenStore {
        public static void main(String[] args) {
            LocalStore.open(Path.of(args[0])).close();
        }
    }
}
