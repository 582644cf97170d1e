package com.promisedesk.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work on one connection, inside a transaction or not; the caller turns its failure into words. */
@FunctionalInterface
public interface Work<T> {
    T run(Connection connection) throws SQLException;
}
