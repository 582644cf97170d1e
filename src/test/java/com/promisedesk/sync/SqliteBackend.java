package com.promisedesk.sync;

import com.promisedesk.server.ServerDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The central store's default: a SQLite file in its data folder. */
final class SqliteBackend implements Backend {

    @Override
    public ServerDatabase freshDatabase(Path dir, Duration lockWait) {
        return ServerDatabase.sqlite(dir.resolve("central"), lockWait);
    }

    /** {@code BEGIN IMMEDIATE} and an insert from a connection of its own, as a second process would. */
    @Override
    public AutoCloseable holdWriteLock(Path dir) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:"
                + dir.resolve("central").resolve(ServerDatabase.SQLITE_FILE).toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("INSERT INTO applied_change (change_id, owner, promise_id, outcome, version, applied_at)"
                    + " VALUES ('lock-holder', 'nobody', 'none', 'pending', 0, 'now')");
        }
        return () -> {
            try (connection; Statement statement = connection.createStatement()) {
                statement.execute("ROLLBACK");
            }
        };
    }

    @Override
    public ServerProcess.Launch serverLaunch(Path dir) {
        return new ServerProcess.Launch(List.of("--data-dir", dir.resolve("central").toString(), "server"), Map.of());
    }

    @Override
    public String name() {
        return "SQLite";
    }
}
