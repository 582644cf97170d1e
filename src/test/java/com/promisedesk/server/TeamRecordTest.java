package com.promisedesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.server.console.TeamView;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The team's promise-keeping record on SQLite and on a real PostgreSQL (decision 0025): from the
 * promises' status column and the delivery marks the central store holds, per rep over a period.
 */
@Slow
class TeamRecordTest {

    private static final BothEngines ENGINES = new BothEngines("record");
    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock(Instant.parse("2027-01-05T09:00:00Z"));

    @AfterAll
    static void stopPostgres() throws IOException {
        ENGINES.close();
    }

    /** A promise of {@code owner} in {@code status}; returns its id. */
    private static String promise(Connection c, String owner, String status) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO promise (id, owner, version, doc, change_id, seq,"
                + " updated_at, status) VALUES (?, ?, 1, '{}', ?, 0, '2026-11-20T09:00:00.000000Z', ?)")) {
            insert.setString(1, id);
            insert.setString(2, owner);
            insert.setString(3, UUID.randomUUID().toString());
            insert.setString(4, status);
            insert.executeUpdate();
        }
        return id;
    }

    /** A mark of line {@code line} (null: withdrawn) on {@code day}, recorded in the order of {@code n}. */
    private static void mark(Connection c, String promise, String owner, Integer line, String kind, String day, int n)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO delivery_mark (change_id, promise_id, owner, line,"
                + " kind, on_date, reason, recorded_at, received_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, promise);
            insert.setString(3, owner);
            if (line == null) {
                insert.setNull(4, java.sql.Types.INTEGER);
            } else {
                insert.setInt(4, line);
            }
            insert.setString(5, kind);
            insert.setString(6, day);
            insert.setString(7, kind.equals("DELIVERED") ? null : "<b>hostile</b> reason");
            insert.setString(8, String.format("2026-12-01T09:00:%02d.000000Z", n));
            insert.setString(9, "2027-01-01T09:00:00.000000Z");
            insert.executeUpdate();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void eachRepsEndedPromisesAreCountedByHowTheyEndedWithinThePeriod(String engine) throws Exception {
        try (ServerDatabase database = ENGINES.open(engine, dir)) {
            database.write(c -> {
                String kept = promise(c, "anna", "KEPT");
                mark(c, kept, "anna", 0, "DELIVERED", "2026-12-10", 1);
                mark(c, kept, "anna", 1, "DELIVERED", "2026-12-12", 2);
                String late = promise(c, "anna", "BROKEN");
                mark(c, late, "anna", 0, "DELIVERED", "2026-12-20", 3);
                // Cancelled, then delivered after all: the line's latest mark counts, so late, not broken.
                String lateAfterAll = promise(c, "anna", "BROKEN");
                mark(c, lateAfterAll, "anna", 0, "CANCELLED", "2026-12-05", 4);
                mark(c, lateAfterAll, "anna", 0, "DELIVERED", "2026-12-22", 5);
                String broken = promise(c, "bo", "BROKEN");
                mark(c, broken, "bo", 0, "DELIVERED", "2026-12-02", 6);
                mark(c, broken, "bo", 1, "CANCELLED", "2026-12-03", 7);
                String withdrawn = promise(c, "bo", "WITHDRAWN");
                mark(c, withdrawn, "bo", null, "WITHDRAWN", "2026-12-04", 8);
                // Ended after the period, still open, and ended without a mark here: none counts.
                mark(c, promise(c, "bo", "KEPT"), "bo", 0, "DELIVERED", "2027-01-02", 9);
                mark(c, promise(c, "bo", "IN_DELIVERY"), "bo", 0, "DELIVERED", "2026-12-02", 10);
                promise(c, "bo", "KEPT");
                promise(c, "cem", "AGREED");
                return null;
            });

            TeamView.Record record = new TeamFigures(database, new Tokens(database, clock), clock).read(FROM, TO).record();

            assertThat(record.reps()).containsExactly(
                    new TeamView.RecordRow("anna", 1, 2, 0, 0, "33%"),
                    new TeamView.RecordRow("bo", 0, 0, 1, 1, "0%"),
                    new TeamView.RecordRow("cem", 0, 0, 0, 0, "–"));
            assertThat(record.totals()).isEqualTo(new TeamView.RecordRow("All reps", 1, 2, 1, 1, "25%"));
            assertThat(new TeamFigures(database, new Tokens(database, clock), clock)
                    .read(LocalDate.of(2026, 12, 11), LocalDate.of(2027, 1, 2)).record().reps())
                    .extracting(TeamView.RecordRow::rep, TeamView.RecordRow::keptOnTime, TeamView.RecordRow::late)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("anna", 1L, 2L),
                            org.assertj.core.groups.Tuple.tuple("bo", 1L, 0L),
                            org.assertj.core.groups.Tuple.tuple("cem", 0L, 0L));
        }
    }
}
