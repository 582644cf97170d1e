package com.promisedesk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.Slow;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit list and the tokens' activity, on SQLite and on a real PostgreSQL (the V5
 * migration runs on both): a token made or revoked is recorded in the same transaction, a
 * revoke that changes nothing records nothing, an entry of a failed change is rolled back with
 * it, and "last seen" is written at most once a minute.
 */
@Slow
class AuditTrailTest {

    private static final BothEngines ENGINES = new BothEngines("audit");

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
    void tokensMadeAndRevokedAreRecordedWithTheirChange(String engine) throws Exception {
        try (ServerDatabase database = open(engine)) {
            Tokens tokens = new Tokens(database, clock);
            AuditTrail audit = new AuditTrail(database, clock);
            Tokens.CreatedToken lena = tokens.create(Principal.of("lena", "approver:sales-lead"), "lena@example.com", "ines");
            clock.pass(Duration.ofMinutes(5));
            assertThat(tokens.revoke("000000000000", "ines")).isFalse();
            assertThat(tokens.revoke(lena.id(), "ines")).isTrue();

            assertThat(audit.recent(10)).extracting(AuditTrail.Event::actor, AuditTrail.Event::action,
                    AuditTrail.Event::subject, AuditTrail.Event::detail).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("ines", AuditTrail.TOKEN_REVOKED, lena.id(), null),
                    org.assertj.core.groups.Tuple.tuple("ines", AuditTrail.TOKEN_CREATED, lena.id(),
                            "lena (approver:sales-lead)"));
            assertThat(tokens.list()).singleElement().extracting(Tokens.TokenRow::email).isEqualTo("lena@example.com");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void anEntryOfAFailedChangeIsRolledBackWithIt(String engine) throws Exception {
        try (ServerDatabase database = open(engine)) {
            AuditTrail audit = new AuditTrail(database, clock);
            assertThatThrownBy(() -> database.write(connection -> {
                audit.record(connection, new AuditTrail.Entry("carl", AuditTrail.PUBLISH, "2026.12", "catalog.yaml"));
                throw new SQLException("the disk is full");
            })).hasMessageContaining("disk is full");
            audit.record(new AuditTrail.Entry("lena", AuditTrail.SIGN_IN, "console", "with a token"));
            assertThat(audit.recent(10)).extracting(AuditTrail.Event::actor).containsExactly("lena");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aTokenIsSeenAtMostOnceAMinuteAndASyncIsNoted(String engine) throws Exception {
        try (ServerDatabase database = open(engine)) {
            Tokens tokens = new Tokens(database, clock);
            String anna = tokens.create(Principal.of("anna", "rep")).token();
            assertThat(tokens.list().get(0).lastSeen()).isNull();

            tokens.seen(anna, false);
            String first = tokens.list().get(0).lastSeen();
            assertThat(first).isEqualTo("2026-11-23T09:00:00.000000Z");
            clock.pass(Duration.ofSeconds(30));
            tokens.seen(anna, false);
            assertThat(tokens.list().get(0).lastSeen()).as("not one write per request").isEqualTo(first);
            assertThat(tokens.list().get(0).lastSync()).isNull();

            tokens.seen(anna, true);
            assertThat(tokens.list().get(0).lastSync()).as("a first sync is noted at once")
                    .isEqualTo("2026-11-23T09:00:30.000000Z");
            clock.pass(Duration.ofMinutes(2));
            tokens.seen(anna, false);
            assertThat(tokens.list().get(0).lastSeen()).isEqualTo("2026-11-23T09:02:30.000000Z");
            assertThat(tokens.list().get(0).lastSync()).isEqualTo("2026-11-23T09:00:30.000000Z");
        }
    }
}
