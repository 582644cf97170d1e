package com.promisedesk.sync;

import com.promisedesk.server.ServerDatabase;
import com.promisedesk.sync.wire.Change;
import com.promisedesk.sync.wire.PushRequest;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor of {@link LoadBenchmark}: the rows a push of 50 new promises leaves (the answer kept
 * per change, the promise, its version 1, its one booking, the feed counter) written by plain
 * JDBC, one transaction per rep, one rep after another, statements batched; no HTTP, no JSON
 * read, no check, no lock wait.
 */
final class LoadFloor {

    private static final String NOW = "2026-12-05T00:00:00.000000Z";

    private final ServerDatabase db;
    private final String name;

    LoadFloor(ServerDatabase db, String name) {
        this.db = db;
        this.name = name;
    }

    void write(List<PushRequest> pushes) throws Exception {
        LocalDate booked = LocalDate.of(2026, 12, 15);
        List<Long> millis = new ArrayList<>();
        long[] seq = {0};
        long started = System.nanoTime();
        for (int r = 0; r < pushes.size(); r++) {
            String owner = "rep" + r;
            List<Change> changes = pushes.get(r).changes();
            long begin = System.nanoTime();
            db.write(connection -> {
                try (PreparedStatement answer = connection.prepareStatement("INSERT INTO applied_change (change_id, owner,"
                        + " promise_id, outcome, version, applied_at) VALUES (?, ?, ?, 'applied', 1, ?)");
                     PreparedStatement promise = connection.prepareStatement("INSERT INTO promise (id, owner, version, doc,"
                             + " change_id, seq, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?)");
                     PreparedStatement version = connection.prepareStatement("INSERT INTO promise_version (promise_id,"
                             + " version, doc, change_id, created_at) VALUES (?, 1, ?, ?, ?)");
                     PreparedStatement booking = connection.prepareStatement("INSERT INTO booking (promise_id, position,"
                             + " owner, capability, iso_year, iso_week, quantity) VALUES (?, 0, ?, 'ONB-STD', ?, ?, 1)");
                     PreparedStatement counter = connection.prepareStatement(
                             "UPDATE sync_counter SET value = value + ? WHERE name = 'feed'")) {
                    for (Change change : changes) {
                        String id = change.promiseId().toString();
                        String changeId = change.changeId().toString();
                        String doc = change.promise().toString();
                        bind(answer, changeId, owner, id, NOW);
                        bind(promise, id, owner, doc, changeId, ++seq[0], NOW);
                        bind(version, id, doc, changeId, NOW);
                        bind(booking, id, owner, booked.get(IsoFields.WEEK_BASED_YEAR),
                                booked.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                    }
                    counter.setLong(1, changes.size());
                    counter.executeUpdate();
                    answer.executeBatch();
                    promise.executeBatch();
                    version.executeBatch();
                    booking.executeBatch();
                }
                return null;
            });
            millis.add((System.nanoTime() - begin) / 1_000_000);
        }
        long wall = (System.nanoTime() - started) / 1_000_000;
        long rows = new ServerTables(db).count("SELECT count(*) FROM promise");
        System.out.printf("Floor, plain JDBC into %s: %d transactions of %d promises (%d promises stored) in %d ms"
                        + " = %.0f promises/s; per transaction p50 %d ms, p99 %d ms, max %d ms%n", name, pushes.size(),
                pushes.get(0).changes().size(), rows, wall, rows * 1000.0 / wall, LoadBenchmark.percentile(millis, 50),
                LoadBenchmark.percentile(millis, 99), LoadBenchmark.percentile(millis, 100));
    }

    private static void bind(PreparedStatement statement, Object... values) throws java.sql.SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }
}
