package com.promisedesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The console's sessions in the server's database, on SQLite and on a real PostgreSQL (the
 * V4 migration runs on both): what the browser holds is never stored, a session ends after its
 * idle timeout, at sign-out and when its token is revoked, and a second server process on the
 * same database knows it.
 */
@Slow
class ConsoleSessionsTest {

    private static final BothEngines ENGINES = new BothEngines("console");

    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T09:00:00Z"));

    private ServerDatabase open(String engine) throws IOException, SQLException {
        return ENGINES.open(engine, dir);
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        ENGINES.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aSessionLivesWhileUsedAndEndsWhenIdleSignedOutOrRevoked(String engine) throws Exception {
        try (ServerDatabase database = open(engine)) {
            Tokens tokens = new Tokens(database, clock);
            Tokens.CreatedToken lena = tokens.create(Principal.of("lena", "approver:sales-lead"));
            ConsoleSessions sessions = new ConsoleSessions(database, clock, Duration.ofMinutes(30));
            ConsoleSessions otherServer = new ConsoleSessions(database, clock, Duration.ofMinutes(30));

            assertThat(sessions.open("pd_not-a-token")).isEmpty();
            ConsoleSessions.Opened opened = sessions.open(lena.token()).orElseThrow();
            assertThat(opened.cookie()).hasSize(43).isNotEqualTo(opened.session().csrf());
            assertThat(stored(database)).as("only the hash of what the browser holds")
                    .doesNotContain(opened.cookie()).hasSize(1);
            assertThat(otherServer.find(opened.cookie()).orElseThrow().who())
                    .isEqualTo(new Principal("lena", "approver:sales-lead"));

            clock.pass(Duration.ofMinutes(29));
            assertThat(sessions.find(opened.cookie())).as("used within the idle timeout").isPresent();
            clock.pass(Duration.ofMinutes(29));
            assertThat(otherServer.find(opened.cookie())).as("the last use counts, not the sign-in").isPresent();
            clock.pass(Duration.ofMinutes(31));
            assertThat(sessions.find(opened.cookie())).as("idle for 31 minutes").isEmpty();
            assertThat(stored(database)).as("and gone from the table").isEmpty();

            ConsoleSessions.Opened again = sessions.open(lena.token()).orElseThrow();
            otherServer.close(again.cookie());
            assertThat(sessions.find(again.cookie())).as("signed out through another server").isEmpty();

            ConsoleSessions.Opened third = sessions.open(lena.token()).orElseThrow();
            tokens.revoke(lena.id());
            assertThat(sessions.find(third.cookie())).as("its token revoked").isEmpty();
            assertThat(sessions.open(lena.token())).isEmpty();
        }
    }

    private static List<String> stored(ServerDatabase database) throws SQLException {
        return database.read(connection -> {
            List<String> rows = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT id_hash, token_id, csrf, created_at, last_seen FROM console_session")) {
                while (r.next()) {
                    for (int i = 1; i <= 5; i++) {
                        rows.add(r.getString(i));
                    }
                }
            }
            return rows.isEmpty() ? rows : List.of(String.join(" ", rows));
        });
    }
}
