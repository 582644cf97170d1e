package com.promisedesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The outbox (migration V8) on SQLite and on a real PostgreSQL, as two servers sharing one
 * database see it: a notice written twice is one row per person, a row is claimed by one
 * courier only, a failed row waits for its next try, and a done row is never due again.
 */
@Slow
class MailOutboxTest {

    private static final BothEngines ENGINES = new BothEngines("outbox");

    @TempDir
    Path dir;

    private final Instant now = Instant.parse("2026-11-23T09:00:00Z");

    private ServerDatabase open(String engine) throws IOException, SQLException {
        return ENGINES.open(engine, dir);
    }

    private static List<MailOutbox.Due> due(ServerDatabase database, Instant at) throws SQLException {
        return database.read(c -> MailOutbox.due(c, at, 10));
    }

    private static boolean claim(ServerDatabase database, MailOutbox.Due row, Instant at, Instant until) throws SQLException {
        return database.write(c -> MailOutbox.claim(c, row, at, until));
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        ENGINES.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aNoticeIsOneRowPerPersonAndOneCourierSendsIt(String engine) throws Exception {
        try (ServerDatabase database = open(engine)) {
            Tokens tokens = new Tokens(database, new SettableClock(now));
            tokens.create(Principal.of("lena", "approver:sales-lead"), "lena@example.com", "ines");
            tokens.create(Principal.of("lena", "approver:sales-lead"), "LENA@example.com", "ines");
            tokens.create(Principal.of("pat", "approver:product"), "pat@example.com", "ines");
            MailOutbox outbox = new MailOutbox(true);
            UUID request = UUID.randomUUID();
            for (int i = 0; i < 2; i++) { // the same request's notice written twice: by a retry, or another server
                database.write(c -> {
                    outbox.requestWaiting(c, request, List.of("sales-lead", "product"), now);
                    return null;
                });
            }
            List<MailOutbox.Due> due = due(database, now);
            assertThat(due).extracting(MailOutbox.Due::role, MailOutbox.Due::recipient).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("sales-lead", "lena@example.com"),
                    org.assertj.core.groups.Tuple.tuple("product", "pat@example.com"));

            MailOutbox.Due lena = due.stream().filter(d -> d.role().equals("sales-lead")).findFirst().orElseThrow();
            Instant lease = now.plus(Duration.ofMinutes(2));
            assertThat(claim(database, lena, now, lease)).as("the first courier").isTrue();
            assertThat(claim(database, lena, now, lease)).as("the second courier").isFalse();
            assertThat(due(database, now)).extracting(MailOutbox.Due::recipient)
                    .containsExactly("pat@example.com");

            database.write(c -> {
                MailOutbox.retryAt(c, lena.id(), "the mail server did not answer", now.plusSeconds(60));
                return null;
            });
            assertThat(due(database, now.plusSeconds(59))).hasSize(1);
            assertThat(due(database, now.plusSeconds(60))).hasSize(2);
            assertThat(claim(database, lena, now.plusSeconds(60), lease.plusSeconds(60))).isTrue();
            database.write(c -> {
                MailOutbox.done(c, lena.id(), "sent", null, now.plusSeconds(61));
                return null;
            });
            assertThat(due(database, now.plus(Duration.ofDays(1))))
                    .extracting(MailOutbox.Due::recipient).containsExactly("pat@example.com");
            List<String> roles = database.read(MailOutbox::approverRoles);
            assertThat(roles).containsExactly("product", "sales-lead");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void withMailOffNothingIsWritten(String engine) throws Exception {
        try (ServerDatabase database = open(engine)) {
            new Tokens(database, new SettableClock(now)).create(Principal.of("anna", "rep"), "anna@example.com", "ines");
            MailOutbox off = MailOutbox.off();
            database.write(c -> {
                off.catalogPublished(c, "2026.11.2", now);
                off.requestWaiting(c, UUID.randomUUID(), List.of("sales-lead"), now);
                return null;
            });
            assertThat(due(database, now)).isEmpty();
            database.write(c -> {
                new MailOutbox(true).catalogPublished(c, "2026.11.2", now);
                return null;
            });
            assertThat(due(database, now)).extracting(MailOutbox.Due::notice,
                    MailOutbox.Due::about, MailOutbox.Due::recipient)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("catalog", "2026.11.2", "anna@example.com"));
        }
    }
}
