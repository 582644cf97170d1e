package com.promisedesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.server.console.Age;
import com.promisedesk.server.console.TeamView;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Team page's figures, read from the central store: one grouped query per table, none
 * reading a promise's document (its status has a column, V7). What it reads and what it
 * leaves out is decision 0019: counts, rep names, ages, roles and ids; no customer contents.
 */
final class TeamFigures {

    private static final List<PromiseStatus> OPEN = List.of(PromiseStatus.DRAFT, PromiseStatus.READ_BACK,
            PromiseStatus.AGREED, PromiseStatus.IN_DELIVERY);
    private static final List<PromiseStatus> CLOSED = List.of(PromiseStatus.KEPT, PromiseStatus.BROKEN,
            PromiseStatus.WITHDRAWN);
    /** A device that has not synced for this long is marked: its rep's work may be waiting on it. */
    static final Duration QUIET = Duration.ofDays(7);
    private static final Comparator<String> BY_NAME = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    /** By rep, then the latest synced first (ISO-8601 text sorts as time), never synced last. */
    private static final Comparator<Tokens.TokenRow> DEVICES = Comparator.comparing(Tokens.TokenRow::user, BY_NAME)
            .thenComparing(Tokens.TokenRow::lastSync, Comparator.nullsLast(Comparator.<String>reverseOrder()))
            .thenComparing(Tokens.TokenRow::id);

    private final ServerDatabase database;
    private final Tokens tokens;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    TeamFigures(ServerDatabase database, Tokens tokens, Clock clock) {
        this.database = database;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The record's period when none is asked for: the 90 days up to today (UTC). */
    static final int DEFAULT_DAYS = 90;

    TeamView read() throws SQLException {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        return read(today.minusDays(DEFAULT_DAYS - 1), today);
    }

    /** The figures, with the promise-keeping record of the promises that ended from {@code from} to {@code to}. */
    TeamView read(java.time.LocalDate from, java.time.LocalDate to) throws SQLException {
        Instant now = clock.instant();
        List<Tokens.TokenRow> devices = tokens.list().stream()
                .filter(t -> Principal.REP.equals(t.role()) && t.revokedAt() == null).toList();
        return database.read(connection -> {
            Map<String, Map<PromiseStatus, Long>> promises = promises(connection);
            Set<String> reps = new java.util.TreeSet<>(BY_NAME);
            reps.addAll(promises.keySet());
            devices.forEach(d -> reps.add(d.user()));
            List<TeamView.RepRow> rows = reps.stream().map(rep -> row(rep, promises.getOrDefault(rep, Map.of()))).toList();
            return new TeamView(OPEN.stream().map(TeamFigures::words).toList(), CLOSED.stream().map(TeamFigures::words).toList(),
                    rows, totals(rows), waiting(connection, now), conflicts(connection, now),
                    devices.stream().sorted(DEVICES).map(d -> device(d, now)).toList(), Age.of(now, now),
                    TeamRecord.read(connection, from, to, rows.stream().map(TeamView.RepRow::rep).toList()));
        });
    }

    /** Promises per rep and status; a row stored without its status (by an older server) is read from its document. */
    private Map<String, Map<PromiseStatus, Long>> promises(Connection connection) throws SQLException {
        Map<String, Map<PromiseStatus, Long>> counts = new HashMap<>();
        boolean unknown = false;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT owner, status, COUNT(*) FROM promise GROUP BY owner, status");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (rows.getString(2) == null) {
                    unknown = true;
                } else {
                    count(counts, rows.getString(1), rows.getString(2), rows.getLong(3));
                }
            }
        }
        if (unknown) {
            try (PreparedStatement select = connection.prepareStatement("SELECT owner, doc FROM promise WHERE status IS NULL");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    count(counts, rows.getString(1), PromiseStatusFill.statusOf(rows.getString(2)), 1);
                }
            }
        }
        return counts;
    }

    private static void count(Map<String, Map<PromiseStatus, Long>> counts, String rep, String status, long n) {
        if (status == null) {
            return; // not a promise document the store can read: it was checked when pushed, so this is not expected
        }
        counts.computeIfAbsent(rep, r -> new EnumMap<>(PromiseStatus.class)).merge(PromiseStatus.valueOf(status), n, Long::sum);
    }

    private static TeamView.RepRow row(String rep, Map<PromiseStatus, Long> counts) {
        List<Long> open = OPEN.stream().map(s -> counts.getOrDefault(s, 0L)).toList();
        return new TeamView.RepRow(rep, open, open.stream().mapToLong(Long::longValue).sum(),
                CLOSED.stream().map(s -> counts.getOrDefault(s, 0L)).toList());
    }

    private static TeamView.RepRow totals(List<TeamView.RepRow> rows) {
        return new TeamView.RepRow("All reps", sums(rows.stream().map(TeamView.RepRow::open).toList(), OPEN.size()),
                rows.stream().mapToLong(TeamView.RepRow::openTotal).sum(),
                sums(rows.stream().map(TeamView.RepRow::closed).toList(), CLOSED.size()));
    }

    private static List<Long> sums(List<List<Long>> columns, int width) {
        long[] sums = new long[width];
        columns.forEach(c -> {
            for (int i = 0; i < width; i++) {
                sums[i] += c.get(i);
            }
        });
        return java.util.Arrays.stream(sums).boxed().toList();
    }

    /** "Draft", "Read back", "In delivery": DESIGN.md's status names as words. */
    private static String words(PromiseStatus status) {
        String name = status.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Pending requests oldest first, and the roles that have approved each (a rejection settles a request). */
    private List<TeamView.Waiting> waiting(Connection connection, Instant now) throws SQLException {
        Map<String, Set<String>> approved = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT d.request_id, d.role FROM exception_decision d"
                + " JOIN exception_request r ON r.id = d.request_id WHERE r.status = 'PENDING'");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                approved.computeIfAbsent(rows.getString(1), id -> new LinkedHashSet<>()).add(rows.getString(2));
            }
        }
        List<TeamView.Waiting> waiting = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, owner, promise_id, position, tier,"
                + " approvers, requested_at FROM exception_request WHERE status = 'PENDING' ORDER BY requested_at, id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Set<String> done = approved.getOrDefault(rows.getString(1), Set.of());
                List<String> still = roles(rows.getString(6)).stream().filter(r -> !done.contains(r)).toList();
                waiting.add(new TeamView.Waiting(rows.getString(2), rows.getString(3), rows.getInt(4) + 1, rows.getInt(5),
                        String.join(", ", still), String.join(", ", done), Age.of(SqlValues.instant(rows.getString(7)), now)));
            }
        }
        return waiting;
    }

    private List<String> roles(String approvers) {
        try {
            List<String> roles = new ArrayList<>();
            for (JsonNode role : json.readTree(approvers)) {
                roles.add(role.asText());
            }
            return roles;
        } catch (IOException e) {
            return List.of(); // written by the store itself as a JSON array; shown as waiting for no named role
        }
    }

    private static List<TeamView.Conflicts> conflicts(Connection connection, Instant now) throws SQLException {
        Map<String, TeamView.Conflicts> byRep = new TreeMap<>(BY_NAME);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT owner, COUNT(*), MIN(created_at) FROM conflict WHERE status = 'open' GROUP BY owner");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                byRep.put(rows.getString(1), new TeamView.Conflicts(rows.getString(1), rows.getLong(2),
                        Age.of(SqlValues.instant(rows.getString(3)), now)));
            }
        }
        return byRep.values().stream().sorted(Comparator.comparingLong(TeamView.Conflicts::open).reversed()).toList();
    }

    private static TeamView.Device device(Tokens.TokenRow token, Instant now) {
        Instant synced = token.lastSync() == null ? null : SqlValues.instant(token.lastSync());
        return new TeamView.Device(token.user(), token.id(), Age.of(synced, now),
                Age.of(token.lastSeen() == null ? null : SqlValues.instant(token.lastSeen()), now),
                Age.of(SqlValues.instant(token.createdAt()), now),
                synced == null || Duration.between(synced, now).compareTo(QUIET) >= 0);
    }
}
