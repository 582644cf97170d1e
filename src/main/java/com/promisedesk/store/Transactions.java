package com.promisedesk.store;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.jdbc.Connections;
import com.promisedesk.jdbc.TransactionStyle;
import com.promisedesk.jdbc.TransactionTemplate;
import com.promisedesk.jdbc.Work;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one connection of a {@link LocalStore}; its transactions run through the
 * {@link TransactionTemplate} the central store uses too. SQLite allows one writer anyway;
 * the lock makes the store safe to call from any thread (the UI's background executor, the
 * CLI), one at a time. Every SQL failure becomes a {@link StoreException} in plain words.
 */
final class Transactions implements AutoCloseable {

    private final Connection connection;
    private final TransactionTemplate template;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

    Transactions(Connection connection) {
        this.connection = connection;
        this.template = new TransactionTemplate(new OneConnection(), TransactionStyle.DRIVER);
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
            return template.write(work);
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
            return template.read(work);
        } catch (SQLException e) {
            throw failure(what, e);
        } finally {
            lock.unlock();
        }
    }

    /** Sets the page cache to {@code kb}; {@code giveBack}: and frees what the cache holds beyond it. */
    void cacheKb(int kb, boolean giveBack) {
        read("set the store's page cache", connection -> {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA cache_size = -" + kb);
                if (giveBack) {
                    statement.execute("PRAGMA shrink_memory");
                }
            }
            return null;
        });
    }

    /** The store's one connection, kept open between pieces of work; called under the lock. */
    private final class OneConnection implements Connections {

        @Override
        public Connection borrow() {
            return connection;
        }

        @Override
        public void giveBack(Connection given) {
            // Kept for the next piece of work.
        }

        /** There is no other connection to take: back to auto-commit, so the next piece of work begins afresh. */
        @Override
        public void discard(Connection given, Throwable why) {
            try {
                given.setAutoCommit(true);
            } catch (SQLException e) {
                why.addSuppressed(e);
            }
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
