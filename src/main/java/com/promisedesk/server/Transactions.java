package com.promisedesk.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How a request begins and ends its transaction on one kind of database. Between requests a
 * pooled connection is in auto-commit mode with no transaction open, so whatever a request
 * finds is its own.
 */
enum Transactions {

    /**
     * Explicit statements in auto-commit mode. sqlite-jdbc's own transaction mode begins the
     * next transaction right after each commit; when that begin meets a busy database the
     * connection is left believing it is in a transaction it is not in, and every later
     * statement commits on its own. {@code BEGIN IMMEDIATE} takes the write lock at once, so
     * two writers never deadlock upgrading a read lock; it waits at most the busy timeout.
     */
    SQLITE {
        @Override
        void begin(Connection connection) throws SQLException {
            execute(connection, "BEGIN IMMEDIATE");
        }

        @Override
        void commit(Connection connection) throws SQLException {
            execute(connection, "COMMIT");
        }

        @Override
        void rollback(Connection connection) throws SQLException {
            execute(connection, "ROLLBACK");
        }
    },

    /** The driver's own transactions, back to auto-commit at the end (PostgreSQL). */
    JDBC {
        @Override
        void begin(Connection connection) throws SQLException {
            connection.setAutoCommit(false);
        }

        @Override
        void commit(Connection connection) throws SQLException {
            connection.commit();
            connection.setAutoCommit(true);
        }

        @Override
        void rollback(Connection connection) throws SQLException {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    };

    abstract void begin(Connection connection) throws SQLException;

    abstract void commit(Connection connection) throws SQLException;

    abstract void rollback(Connection connection) throws SQLException;

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
