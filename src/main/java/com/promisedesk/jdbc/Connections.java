package com.promisedesk.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a {@link TransactionTemplate} gets its connection and where it goes after: the
 * central store's pool, or the local store's one connection.
 */
public interface Connections {

    /** A connection in auto-commit mode with no transaction open. */
    Connection borrow() throws SQLException;

    /** Gives back a connection whose work ended cleanly (committed, rolled back, or only read). */
    void giveBack(Connection connection) throws SQLException;

    /**
     * Takes back a connection whose begin, commit or rollback failed: a state nobody can vouch
     * for (sqlite-jdbc, for one, can be left believing a transaction is open when none is).
     * {@code why} is the failure that will be thrown; add to it, never throw.
     */
    void discard(Connection connection, Throwable why);
}
