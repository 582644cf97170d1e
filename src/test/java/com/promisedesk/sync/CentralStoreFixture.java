package com.promisedesk.sync;

import com.promisedesk.server.CentralServer;
import com.promisedesk.server.Principal;
import com.promisedesk.server.ServerDatabase;
import com.promisedesk.server.Tokens;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;

/** A central store on loopback over a test backend; restartable on the same data. */
final class CentralStoreFixture implements AutoCloseable {

    private final Backend backend;
    private final Path dir;
    private ServerDatabase database;
    private CentralServer server;
    private int port;

    CentralStoreFixture(Backend backend, Path dir) {
        this.backend = backend;
        this.dir = dir;
        this.database = backend.freshDatabase(dir);
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

    /** Stops the server and its pool and starts them again on the same data and port. */
    void restart() {
        stop();
        database = backend.reopen(dir);
        server = CentralServer.start(database, new CentralServer.Settings("127.0.0.1", port,
                CentralServer.Settings.DEFAULT_MAX_BODY, java.time.Duration.ofSeconds(5)), Clock.systemUTC());
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
        return database.read(connection -> {
            try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        });
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
                        hashes.putIfAbsent(rows.getInt(1), com.promisedesk.store.Sha256.of(
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
