package com.promisedesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.server.console.TeamView;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Team page's figures on SQLite and on a real PostgreSQL: promises stored before V7 get
 * their status from their document (migration 7.1), one a server of an older version stores
 * without it is still counted, and requests, conflicts and devices are read as the page shows them.
 */
@Slow
class TeamFiguresTest {

    private static final BothEngines ENGINES = new BothEngines("team");

    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T09:00:00Z"));

    /** A database of {@code engine} migrated up to V7 only (as a server of the last version left it), and its URL. */
    private String migratedToV7(String engine) throws IOException, SQLException {
        String url;
        if (engine.equals("sqlite")) {
            url = "jdbc:sqlite:" + dir.resolve(ServerDatabase.SQLITE_FILE);
        } else {
            url = ENGINES.newPostgresDatabase();
        }
        Flyway.configure().dataSource(url, engine.equals("sqlite") ? null : "postgres", null)
                .locations("classpath:db/server").target("7").load().migrate();
        return url;
    }

    private ServerDatabase open(String engine, String url) {
        return engine.equals("sqlite") ? ServerDatabase.sqlite(dir) : ServerDatabase.postgres(url, "postgres", null, 4);
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        ENGINES.close();
    }

    private static void promise(Connection c, String owner, String status, String doc) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO promise (id, owner, version, doc, change_id, seq,"
                + " updated_at, status) VALUES (?, ?, 1, ?, ?, 0, '2026-11-20T09:00:00.000000Z', ?)")) {
            String id = UUID.randomUUID().toString();
            insert.setString(1, id);
            insert.setString(2, owner);
            insert.setString(3, doc.replace("ID", id));
            insert.setString(4, UUID.randomUUID().toString());
            insert.setString(5, status);
            insert.executeUpdate();
        }
    }

    private static String doc(String status) {
        return "{\"id\":\"ID\",\"customer\":{\"name\":\"Ostwind\"},\"title\":\"t\",\"start\":\"2026-11-23\",\"lines\":[]"
                + (status == null ? "" : ",\"status\":\"" + status + "\"") + "}";
    }

    private void request(Connection c, String id, String owner, String approvers, Instant at, String status)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO exception_request (id, promise_id, owner, position,"
                + " line_doc, tier, approvers, reason, requested_at, status, seq, received_at)"
                + " VALUES (?, ?, ?, 5, '{}', 2, ?, 'r', ?, ?, 0, ?)")) {
            insert.setString(1, id);
            insert.setString(2, UUID.randomUUID().toString());
            insert.setString(3, owner);
            insert.setString(4, approvers);
            insert.setString(5, SqlValues.text(at));
            insert.setString(6, status);
            insert.setString(7, SqlValues.text(at));
            insert.executeUpdate();
        }
    }

    private static void sql(Connection c, String statement) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void storedPromisesAreCountedByTheStatusTheirDocumentNames(String engine) throws Exception {
        String url = migratedToV7(engine);
        try (Connection c = engine.equals("sqlite") ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, "postgres", null)) {
            promise(c, "anna", null, doc("READ_BACK"));
            promise(c, "anna", null, doc("agreed"));
            promise(c, "anna", null, doc(null));
            promise(c, "bo", null, doc("KEPT"));
        }
        try (ServerDatabase database = open(engine, url)) {
            database.write(c -> {
                promise(c, "bo", null, doc("IN_DELIVERY")); // written by a server of the last version, after 7.1
                return null;
            });
            Tokens tokens = new Tokens(database, clock);
            TeamView team = new TeamFigures(database, tokens, clock).read();

            assertThat(team.open()).containsExactly("Draft", "Read back", "Agreed", "In delivery");
            assertThat(team.closed()).containsExactly("Kept", "Broken", "Withdrawn");
            assertThat(team.reps()).extracting(TeamView.RepRow::rep, TeamView.RepRow::open, TeamView.RepRow::openTotal,
                    TeamView.RepRow::closed).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("anna", java.util.List.of(1L, 1L, 1L, 0L), 3L,
                            java.util.List.of(0L, 0L, 0L)),
                    org.assertj.core.groups.Tuple.tuple("bo", java.util.List.of(0L, 0L, 0L, 1L), 1L,
                            java.util.List.of(1L, 0L, 0L)));
            long unfilled = database.read(c -> {
                try (Statement s = c.createStatement();
                     var rows = s.executeQuery("SELECT COUNT(*) FROM promise WHERE status IS NULL")) {
                    rows.next();
                    return rows.getLong(1);
                }
            });
            assertThat(unfilled).as("migration 7.1 filled the four stored before it").isEqualTo(1L);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void waitingRequestsOpenConflictsAndEachRepsDevicesAreRead(String engine) throws Exception {
        String url = migratedToV7(engine);
        try (ServerDatabase database = open(engine, url)) {
            Tokens tokens = new Tokens(database, clock);
            String laptop = tokens.create(Principal.of("anna", "rep")).token();
            tokens.create(Principal.of("anna", "rep"));
            String bo = tokens.create(Principal.of("bo", "rep")).token();
            tokens.revoke(tokens.create(Principal.of("cem", "rep")).id());
            tokens.create(Principal.of("lena", "approver:sales-lead"));
            Instant start = clock.instant();
            tokens.seen(bo, true);
            clock.pass(Duration.ofDays(3));
            tokens.seen(laptop, true);
            clock.pass(Duration.ofDays(5).plusHours(2));
            database.write(c -> {
                request(c, "r-new", "bo", "[\"sales-lead\",\"product\"]", start.plus(Duration.ofDays(8)), "PENDING");
                request(c, "r-old", "anna", "[\"sales-lead\",\"product\",\"engineering\"]", start, "PENDING");
                request(c, "r-done", "anna", "[\"sales-lead\"]", start, "APPROVED");
                sql(c, "INSERT INTO exception_decision VALUES ('r-old', 'product', 'pat', 'APPROVED', NULL, '"
                        + SqlValues.text(start) + "')");
                sql(c, "INSERT INTO exception_decision VALUES ('r-done', 'sales-lead', 'lena', 'APPROVED', NULL, '"
                        + SqlValues.text(start) + "')");
                for (String[] conflict : new String[][] {{"anna", "open", "2026-11-20"}, {"anna", "open", "2026-11-22"},
                        {"anna", "resolved", "2026-11-01"}, {"bo", "open", "2026-11-30"}, {"bo", "open", "2026-11-30"},
                        {"bo", "open", "2026-11-30"}}) {
                    sql(c, "INSERT INTO conflict VALUES ('" + UUID.randomUUID() + "', 'p', '" + conflict[0] + "', 'c', 1, 2,"
                            + " '{}', '" + conflict[1] + "', NULL, 0, '" + conflict[2] + "T10:00:00.000000Z')");
                }
                return null;
            });
            TeamView team = new TeamFigures(database, tokens, clock).read();

            assertThat(team.waiting()).extracting(TeamView.Waiting::rep, TeamView.Waiting::line,
                    TeamView.Waiting::waitingFor, TeamView.Waiting::approvedBy, w -> w.asked().words()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("anna", 6, "sales-lead, engineering", "product", "8 days ago"),
                    org.assertj.core.groups.Tuple.tuple("bo", 6, "sales-lead, product", "", "2 hours ago"));
            assertThat(team.waiting().get(0).asked().exact()).isEqualTo("Mon 23 Nov 2026, 09:00 UTC");
            assertThat(team.conflicts()).extracting(TeamView.Conflicts::rep, TeamView.Conflicts::open,
                    c -> c.oldest().exact()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("bo", 3L, "Mon 30 Nov 2026, 10:00 UTC"),
                    org.assertj.core.groups.Tuple.tuple("anna", 2L, "Fri 20 Nov 2026, 10:00 UTC"));
            assertThat(team.devices()).as("live rep tokens only, by rep").extracting(TeamView.Device::rep,
                    d -> d.lastSync().words(), TeamView.Device::quiet).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("anna", "5 days ago", false),
                    org.assertj.core.groups.Tuple.tuple("anna", "never", true),
                    org.assertj.core.groups.Tuple.tuple("bo", "8 days ago", true));
            assertThat(team.reps()).extracting(TeamView.RepRow::rep).as("reps with a live token, no promise yet")
                    .containsExactly("anna", "bo");
        }
    }
}
