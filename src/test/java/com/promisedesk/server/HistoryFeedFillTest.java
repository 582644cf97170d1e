package com.promisedesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Migration 9.1 on SQLite and a real PostgreSQL: revisions and milestones stored before V9 join
 * their rep's feed, each at a seq of its own above every seq a device may already have pulled.
 */
@Slow
class HistoryFeedFillTest {

    private static final BothEngines ENGINES = new BothEngines("fill");

    @TempDir
    Path dir;

    @AfterAll
    static void stopPostgres() throws IOException {
        ENGINES.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void historyStoredBeforeV9GetsSeqsOfItsOwnAboveTheCounter(String engine) throws Exception {
        boolean sqlite = engine.equals("sqlite");
        String url = sqlite ? "jdbc:sqlite:" + dir.resolve(ServerDatabase.SQLITE_FILE) : ENGINES.newPostgresDatabase();
        Flyway.configure().dataSource(url, sqlite ? null : "postgres", null).locations("classpath:db/server")
                .javaMigrations(new PromiseStatusFill()).target("8").load().migrate();
        try (Connection c = sqlite ? DriverManager.getConnection(url) : DriverManager.getConnection(url, "postgres", null);
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE sync_counter SET value = 41 WHERE name = 'feed'");
            for (int n = 1; n <= 2; n++) {
                s.executeUpdate("INSERT INTO revision (promise_id, number, sha256, fingerprint, owner, format, issued_at,"
                        + " byte_count, content, change_id, outcome, received_at) VALUES ('p', " + n + ", 'h" + n + "', 'f', 'anna',"
                        + " 'pdf', '2026-11-01T09:00:00.000000Z', 1, 'AA==', 'c" + n + "', 'applied', '2026-11-0" + n
                        + "T09:00:00.000000Z')");
            }
            s.executeUpdate("INSERT INTO milestone (id, promise_id, owner, position, text, due_date, done, updated_at,"
                    + " change_id) VALUES ('m', 'p', 'anna', 1, 'Go live', '2026-12-01', 0, '2026-11-03T09:00:00.000000Z', 'u')");
        }

        try (ServerDatabase database = sqlite ? ServerDatabase.sqlite(dir) : ServerDatabase.postgres(url, "postgres", null, 4)) {
            List<Long> seqs = database.read(c -> {
                List<Long> found = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(
                        "SELECT seq FROM revision UNION ALL SELECT seq FROM milestone UNION ALL"
                                + " SELECT value FROM sync_counter WHERE name = 'feed'")) {
                    while (rows.next()) {
                        found.add(rows.getLong(1));
                    }
                }
                return found;
            });
            assertThat(seqs).containsExactlyInAnyOrder(42L, 43L, 44L, 44L);
        }
    }
}
