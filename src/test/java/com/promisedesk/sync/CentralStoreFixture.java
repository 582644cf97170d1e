package com.promisedesk.sync;

import com.promisedesk.server.CentralServer;
import com.promisedesk.server.Principal;
import com.promisedesk.server.ServerDatabase;
import com.promisedesk.server.Tokens;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;

/** A central store on loopback over a test backend, in the test's JVM (one to kill: {@link ServerProcess}). */
final class CentralStoreFixture implements AutoCloseable {

    private ServerDatabase database;
    private CentralServer server;
    private final int port;

    CentralStoreFixture(Backend backend, Path dir) {
        this(backend, dir, ServerDatabase.LOCK_WAIT);
    }

    /** @param lockWait how long a write waits for a lock held elsewhere before the answer is busy (503) */
    CentralStoreFixture(Backend backend, Path dir, java.time.Duration lockWait) {
        this.database = backend.freshDatabase(dir, lockWait);
        this.server = CentralServer.start(database, CentralServer.Settings.loopback(0), Clock.systemUTC());
        this.port = server.port();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    ServerDatabase database() {
        return database;
    }

    String token(String user, String role) throws SQLException {
        return new Tokens(database, Clock.systemUTC()).create(Principal.of(user, role)).token();
    }

    Tokens tokens() {
        return new Tokens(database, Clock.systemUTC());
    }

    void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** Counts rows with plain SQL, to compare what the server holds. */
    long count(String sql) throws SQLException {
        return new ServerTables(database).count(sql);
    }

    /** The SHA-256 of the bytes stored for each revision number of a promise (the first content of each). */
    java.util.Map<Integer, String> revisionHashes(java.util.UUID promiseId) throws SQLException {
        return database.read(connection -> {
            java.util.Map<Integer, String> hashes = new java.util.TreeMap<>();
            try (var select = connection.prepareStatement(
                    "SELECT number, content FROM revision WHERE promise_id = ? ORDER BY number, received_at")) {
                select.setString(1, promiseId.toString());
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        hashes.putIfAbsent(rows.getInt(1), com.promisedesk.file.Sha256.of(
                                java.util.Base64.getDecoder().decode(rows.getString(2))));
                    }
                }
            }
            return hashes;
        });
    }

    @Override
    public void close() {
        stop();
    }
}
