package com.promisedesk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Writes to the store's parts of its catalogs behind its back, as an older app or a damaged file leaves them. */
final class StoredParts {

    private StoredParts() {
    }

    /** Every catalog's parts gone, as an app before they were kept stored its catalogs. */
    static void forget(LocalStore store) {
        run(store, "UPDATE capability SET definition = NULL, on_cycle = NULL", "UPDATE catalog_version SET head = NULL");
    }

    static void run(LocalStore store, String... statements) {
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             Statement statement = plain.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
