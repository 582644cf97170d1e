package com.promisedesk.store;

import com.promisedesk.failure.FailureWords;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one connection of a {@link LocalStore} and the only place that commits or rolls
 * back. SQLite allows one writer anyway; the lock makes the store safe to call from
 * any thread (the UI's background executor, the CLI), one at a time.
 */
final class Transactions implements AutoCloseable {

    /** A piece of work on the connection; SQL errors are turned into {@link StoreException}s by the caller. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

    Transactions(Connection connection) {
        this.connection = connection;
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed or none of it.
     *
     * @param what what the work does, for the error message ("save promise 3f2a…")
     */
    <T> T write(String what, Work<T> work) {
        lock.lock();
        try {
            requireOpen(what);
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} outside an explicit transaction (each statement sees committed data). */
    <T> T read(String what, Work<T> work) {
        lock.lock();
        try {
            requireOpen(what);
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        } finally {
            lock.unlock();
        }
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void requireOpen(String what) {
        if (closed) {
            throw new StoreException("could not " + what + ": the local store is closed");
        }
    }

    private static StoreException failure(String what, SQLException e) {
        return new StoreException("could not " + what + ": " + FailureWords.why(e), e);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                connection.close();
            }
        } catch (SQLException e) {
            throw failure("close the local store", e);
        } finally {
            lock.unlock();
        }
    }
}
