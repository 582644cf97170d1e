package com.promisedesk.server;

import com.promisedesk.domain.PromiseKeeping.Outcome;
import com.promisedesk.server.console.TeamView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The team's promise-keeping record on the Team page (decision 0025): per rep, the promises that
 * ended in a period, kept on time, late, broken or withdrawn, and the share kept. Read from the
 * promises' status column and the delivery marks the central store holds, as each device counts
 * its own: KEPT is kept on time; BROKEN is broken when a line's latest mark cancelled it and late
 * otherwise; WITHDRAWN counts when its withdrawal was marked. A promise ended on the day of its
 * last mark (its withdrawal's, when withdrawn); one without marks here did not end through
 * delivery tracking and is not counted. The share kept is kept on time out of kept on time, late
 * and broken: a withdrawal is the customer's choice. No promise document is read.
 */
final class TeamRecord {

    private static final Comparator<String> BY_NAME = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    /** One ended promise as its marks tell it, gathered row by row. */
    private static final class Ended {
        String status;
        String owner;
        final Map<Integer, String> latestByLine = new HashMap<>();
        String lastDay;
        String withdrawnOn;
    }

    private TeamRecord() {
    }

    /** Every rep with a promise that ended between {@code from} and {@code to} (both included), by name, and all reps. */
    static TeamView.Record read(Connection connection, LocalDate from, LocalDate to, List<String> reps) throws SQLException {
        Map<String, Ended> ended = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT p.id, p.owner, p.status, m.line, m.kind, m.on_date FROM promise p"
                        + " JOIN delivery_mark m ON m.promise_id = p.id AND m.owner = p.owner"
                        + " WHERE p.status IN ('KEPT', 'BROKEN', 'WITHDRAWN') ORDER BY p.id, m.recorded_at, m.change_id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Ended e = ended.computeIfAbsent(rows.getString(1), id -> new Ended());
                e.owner = rows.getString(2);
                e.status = rows.getString(3);
                int line = rows.getInt(4);
                boolean withdrawal = rows.wasNull();
                String day = rows.getString(6);
                if (withdrawal) {
                    e.withdrawnOn = day;
                } else {
                    e.latestByLine.put(line, rows.getString(5));
                    e.lastDay = e.lastDay == null || day.compareTo(e.lastDay) > 0 ? day : e.lastDay;
                }
            }
        }
        Map<String, Map<Outcome, Long>> byRep = new TreeMap<>(BY_NAME);
        reps.forEach(rep -> byRep.put(rep, new EnumMap<>(Outcome.class)));
        for (Ended e : ended.values()) {
            Outcome outcome = switch (e.status) {
                case "KEPT" -> Outcome.KEPT_ON_TIME;
                case "WITHDRAWN" -> Outcome.WITHDRAWN;
                default -> e.latestByLine.containsValue("CANCELLED") ? Outcome.BROKEN : Outcome.LATE;
            };
            String day = outcome == Outcome.WITHDRAWN ? e.withdrawnOn : e.lastDay;
            if (day != null && !LocalDate.parse(day).isBefore(from) && !LocalDate.parse(day).isAfter(to)) {
                byRep.computeIfAbsent(e.owner, r -> new EnumMap<>(Outcome.class)).merge(outcome, 1L, Long::sum);
            }
        }
        List<TeamView.RecordRow> rows = byRep.entrySet().stream().map(r -> row(r.getKey(), r.getValue())).toList();
        Map<Outcome, Long> all = new EnumMap<>(Outcome.class);
        byRep.values().forEach(counts -> counts.forEach((o, n) -> all.merge(o, n, Long::sum)));
        return new TeamView.Record(from.toString(), to.toString(), rows, row("All reps", all), null);
    }

    private static TeamView.RecordRow row(String rep, Map<Outcome, Long> counts) {
        long onTime = counts.getOrDefault(Outcome.KEPT_ON_TIME, 0L);
        long late = counts.getOrDefault(Outcome.LATE, 0L);
        long broken = counts.getOrDefault(Outcome.BROKEN, 0L);
        long ours = onTime + late + broken;
        return new TeamView.RecordRow(rep, onTime, late, broken, counts.getOrDefault(Outcome.WITHDRAWN, 0L),
                ours == 0 ? "–" : Math.round(100.0 * onTime / ours) + "%");
    }
}
