package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.Extra;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Responsibility;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * V6 moves a device's promises from parts keyed by the promise's UUID to parts keyed by
 * its integer key. A rep's store written before it must read back the same afterwards.
 */
class PromiseKeysMigrationTest {

    private static final UUID OSTWIND = UUID.fromString("6f1c2a9e-0000-4000-8000-000000000001");
    private static final UUID BARE = UUID.fromString("0a0a0a0a-0000-4000-8000-000000000002");

    @TempDir
    Path dir;

    /** A store as V5 left it, written the way the code of V5 wrote it, foreign keys on. */
    @BeforeEach
    void storeAtVersion5() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + dir.resolve(LocalStore.FILE_NAME));
        Flyway.configure().dataSource(source).locations("classpath:db/local").target("5").load().migrate();
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            String o = "'" + OSTWIND + "'";
            s.executeUpdate("INSERT INTO promise VALUES ('" + BARE + "', 'Bare AG', NULL, NULL, 'Nothing yet',"
                    + " '2026-12-01', 'DRAFT', 1, '2026-11-20T09:00:00.000000Z')");
            s.executeUpdate("INSERT INTO promise VALUES (" + o + ", 'Ostwind Logistik', 'DACH', 'Jana Roth',"
                    + " 'Onboarding, 40 seats', '2026-12-07', 'AGREED', 4, '2026-11-21T10:00:00.000000Z')");
            s.executeUpdate("INSERT INTO commitment_line VALUES (" + o + ", 0, 'ONB-STD', NULL, 2, '2027-01-15', NULL),"
                    + " (" + o + ", 1, NULL, 'Custom export to SAP', 1, NULL, 'Only the fields listed')");
            s.executeUpdate("INSERT INTO line_term VALUES (" + o + ", 0, 'seats', '40'), (" + o + ", 0, 'sla_hours', '4.0')");
            s.executeUpdate("INSERT INTO expectation VALUES (" + o + ", 0, 'Live before the holidays', 'CLARIFIED',"
                    + " 'Live for the pilot team'), (" + o + ", 1, 'Exports nightly', 'CONFIRMED', NULL)");
            s.executeUpdate("INSERT INTO expectation_line VALUES (" + o + ", 0, 0, 1), (" + o + ", 0, 1, 0),"
                    + " (" + o + ", 1, 0, 1)");
            s.executeUpdate("INSERT INTO responsibility VALUES (" + o + ", 0, 'Named admin', '2026-12-10')");
            s.executeUpdate("INSERT INTO responsibility_line VALUES (" + o + ", 0, 0, 0)");
            s.executeUpdate("INSERT INTO extra VALUES (" + o + ", 0, 'Two training sessions')");
            s.executeUpdate("INSERT INTO promise_sync VALUES (" + o + ", 3, '2026-11-21T18:00:00.000000Z')");
            s.executeUpdate("INSERT INTO milestone VALUES ('5b1d0c3e-0000-4000-8000-000000000011', " + o + ", 1, 'Kick-off', '2026-12-08', 1,"
                    + " '2026-11-22T08:00:00.000000Z')");
            s.executeUpdate("INSERT INTO milestone_update VALUES ('5b1d0c3e-0000-4000-8000-000000000012', '5b1d0c3e-0000-4000-8000-000000000011', " + o + ", 1, 'Kick-off', '2026-12-08',"
                    + " 1, '2026-11-22T08:00:00.000000Z')");
        }
    }

    @Test
    void everyPromiseReadsBackAsItWasWritten() {
        try (LocalStore store = LocalStore.open(dir)) {
            Promise expected = new Promise(OSTWIND, new Customer("Ostwind Logistik", "DACH", "Jana Roth"),
                    "Onboarding, 40 seats", LocalDate.of(2026, 12, 7), PromiseStatus.AGREED,
                    List.of(new CommitmentLine("ONB-STD", null, 2, LocalDate.of(2027, 1, 15),
                                    Map.of("seats", new BigDecimal("40"), "sla_hours", new BigDecimal("4.0")), null),
                            new CommitmentLine(null, "Custom export to SAP", 1, null, Map.of(), "Only the fields listed")),
                    List.of(new Expectation("Live before the holidays", List.of(1, 0), ExpectationStatus.CLARIFIED,
                                    "Live for the pilot team"),
                            new Expectation("Exports nightly", List.of(1), ExpectationStatus.CONFIRMED, null)),
                    List.of(new Responsibility("Named admin", LocalDate.of(2026, 12, 10), List.of(0))),
                    List.of(new Extra("Two training sessions")));
            assertThat(store.promises().find(OSTWIND)).contains(expected);
            assertThat(store.promises().find(BARE).orElseThrow().lines()).isEmpty();
            assertThat(store.sync().serverVersion(OSTWIND)).isEqualTo(3);
            assertThat(store.sync().serverVersion(BARE)).isZero();
            assertThat(store.promises().list()).extracting(PromiseRow::version).containsExactly(4L, 1L);
            assertThat(store.milestones().list(OSTWIND)).singleElement()
                    .satisfies(m -> assertThat(m.milestone().text()).isEqualTo("Kick-off"));
            assertThat(store.outbox().pendingCount()).isZero();
        }
    }

    @Test
    void theNewTablesHoldTheirRowsByKeyInTheOrderPromisesArrivedWithNothingDangling() throws SQLException {
        LocalStore.open(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(LocalStore.FILE_NAME))) {
            assertThat(column(c, "SELECT id FROM promise ORDER BY key")).containsExactly(BARE.toString(), OSTWIND.toString());
            assertThat(column(c, "SELECT count(*) FROM commitment_line WHERE promise_key = 2")).containsExactly("2");
            assertThat(column(c, "SELECT count(*) FROM milestone_update")).containsExactly("1");
            assertThat(column(c, "PRAGMA foreign_key_check")).isEmpty();
            for (String table : List.of("commitment_line", "line_term", "expectation", "expectation_line",
                    "responsibility", "responsibility_line", "extra")) {
                assertThat(column(c, "SELECT sql FROM sqlite_schema WHERE name = '" + table + "'")).singleElement()
                        .asString().contains("promise_key").endsWith("WITHOUT ROWID").doesNotContain("new_");
            }
            assertThat(column(c, "SELECT name FROM sqlite_schema WHERE name LIKE 'new_%'")).isEmpty();
        }
    }

    @Test
    void aPromiseSavedAfterwardsReplacesItsPartsAndANewOneTakesTheNextKey() {
        try (LocalStore store = LocalStore.open(dir)) {
            Promise before = store.promises().find(OSTWIND).orElseThrow();
            Promise fewer = new Promise(OSTWIND, before.customer(), before.title(), before.start(), before.status(),
                    before.lines().subList(0, 1), List.of(), List.of(), List.of());
            store.promises().save(fewer);
            assertThat(store.promises().find(OSTWIND)).contains(fewer);
            Promise added = new Promise(UUID.randomUUID(), new Customer("Nordlicht", null, null), "Pilot",
                    LocalDate.of(2027, 1, 4), PromiseStatus.DRAFT, before.lines(), List.of(), List.of(), List.of());
            store.promises().save(added);
            assertThat(store.promises().find(added.id())).contains(added);
            long key = store.transactions().read("read the key", c -> {
                try (ResultSet rows = c.createStatement().executeQuery(
                        "SELECT key FROM promise WHERE id = '" + added.id() + "'")) {
                    rows.next();
                    return rows.getLong(1);
                }
            });
            assertThat(key).isEqualTo(3);
        }
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
