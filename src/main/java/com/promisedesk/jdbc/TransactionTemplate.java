package com.promisedesk.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one place the local store and the central store run a transaction: begin, the work,
 * commit; on any failure (an Error too) roll back, and a connection whose begin or rollback
 * failed is discarded, never reused. Which statements begin and end it is the
 * {@link TransactionStyle}; where the connection comes from and goes to, the
 * {@link Connections}. SQL failures are thrown as they are; each store says them in its words.
 */
public final class TransactionTemplate {

    private final Connections connections;
    private final TransactionStyle style;

    public TransactionTemplate(Connections connections, TransactionStyle style) {
        this.connections = connections;
        this.style = style;
    }

    /** Runs {@code work} in one transaction of its own: all of it is committed or none of it. */
    public <T> T write(Work<T> work) throws SQLException {
        Connection connection = connections.borrow();
        try {
            style.begin(connection);
        } catch (SQLException | RuntimeException | Error e) {
            connections.discard(connection, e);
            throw e;
        }
        T result;
        try {
            result = work.run(connection);
            style.commit(connection);
        } catch (SQLException | RuntimeException | Error e) {
            try {
                style.rollback(connection);
            } catch (SQLException | RuntimeException rollback) {
                e.addSuppressed(rollback);
                connections.discard(connection, e);
                throw e;
            }
            connections.giveBack(connection);
            throw e;
        }
        connections.giveBack(connection);
        return result;
    }

    /** Runs {@code work} in auto-commit mode (each statement sees what is committed). */
    public <T> T read(Work<T> work) throws SQLException {
        Connection connection = connections.borrow();
        T result;
        try {
            result = work.run(connection);
        } catch (SQLException | RuntimeException | Error e) {
            try {
                connections.giveBack(connection);
            } catch (SQLException | RuntimeException giveBack) {
                e.addSuppressed(giveBack);
            }
            throw e;
        }
        connections.giveBack(connection);
        return result;
    }
}
