package com.promisedesk.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How a transaction begins and ends on one kind of connection. Between transactions a
 * connection is in auto-commit mode with no transaction open, so whatever the next piece of
 * work finds is its own.
 */
public enum TransactionStyle {

    /**
     * Explicit statements in auto-commit mode. sqlite-jdbc's own transaction mode begins the
     * next transaction right after each commit; when that begin meets a busy database the
     * connection is left believing it is in a transaction it is not in, and every later
     * statement commits on its own. {@code BEGIN IMMEDIATE} takes the write lock at once, so
     * two writers never deadlock upgrading a read lock; it waits at most the busy timeout.
     * The central store's SQLite file.
     */
    BEGIN_IMMEDIATE {
        @Override
        public void begin(Connection connection) throws SQLException {
            execute(connection, "BEGIN IMMEDIATE");
        }

        @Override
        public void commit(Connection connection) throws SQLException {
            execute(connection, "COMMIT");
        }

        @Override
        public void rollback(Connection connection) throws SQLException {
            execute(connection, "ROLLBACK");
        }
    },

    /**
     * The driver's own transactions, back to auto-commit at the end: the central store's
     * PostgreSQL, and the local store's one SQLite connection (whose driver is set to begin
     * them {@code IMMEDIATE}).
     */
    DRIVER {
        @Override
        public void begin(Connection connection) throws SQLException {
            connection.setAutoCommit(false);
        }

        @Override
        public void commit(Connection connection) throws SQLException {
            connection.commit();
            connection.setAutoCommit(true);
        }

        @Override
        public void rollback(Connection connection) throws SQLException {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    };

    public abstract void begin(Connection connection) throws SQLException;

    public abstract void commit(Connection connection) throws SQLException;

    public abstract void rollback(Connection connection) throws SQLException;

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
