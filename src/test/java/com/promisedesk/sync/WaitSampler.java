package com.promisedesk.sync;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where PostgreSQL's busy sessions are, sampled every 50 ms during a benchmark from a connection
 * of its own: running (CPU), waiting for a lock (Lock:transactionid, Lock:tuple), for the disk
 * (IO:WalSync is the commit's fsync), or for the client (Client:ClientRead, the server's Java side).
 */
final class WaitSampler implements AutoCloseable {

    private final Map<String, Integer> counts = new TreeMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private int samples;

    WaitSampler(String jdbcUrl) {
        thread = new Thread(() -> sample(jdbcUrl), "wait-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample(String jdbcUrl) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement()) {
            while (running.get()) {
                try (ResultSet rows = statement.executeQuery("SELECT coalesce(wait_event_type, 'CPU') || ':'"
                        + " || coalesce(wait_event, '-'), count(*) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND state IN ('active', 'idle in transaction') AND pid <> pg_backend_pid() GROUP BY 1")) {
                    synchronized (counts) {
                        samples++;
                        while (rows.next()) {
                            counts.merge(rows.getString(1), rows.getInt(2), Integer::sum);
                        }
                    }
                }
                Thread.sleep(50);
            }
        } catch (Exception e) {
            System.out.println("wait sampler stopped: " + e.getMessage());
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join();
        synchronized (counts) {
            StringBuilder text = new StringBuilder("PostgreSQL sessions of the server, " + samples
                    + " samples 50 ms apart, average busy sessions by state:");
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> text.append(String.format(" %s %.2f;", e.getKey(), e.getValue() / (double) samples)));
            System.out.println(text);
        }
    }
}
