package com.promisedesk.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Statements prepared once per piece of work on one connection (a pulled page, a push
 * batch, the feed's stamps), in the order first asked for, all closed together; and
 * binding by position. The same for the local store and the central store.
 */
public final class Statements implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new LinkedHashMap<>();

    public Statements(Connection connection) {
        this.connection = connection;
    }

    /** The statement for {@code sql}, prepared the first time it is asked for. */
    public PreparedStatement get(String sql) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        return statement;
    }

    /** The statement for {@code sql} if it was asked for, else null. */
    public PreparedStatement ifPrepared(String sql) {
        return prepared.get(sql);
    }

    /** Every statement asked for, in that order. */
    public Collection<PreparedStatement> all() {
        return prepared.values();
    }

    /** Closes every statement, even after one fails; the first failure is thrown, the others suppressed in it. */
    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement statement : prepared.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Binds every value in order, from parameter 1. */
    public static PreparedStatement bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }
}
