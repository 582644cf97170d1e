package com.promisedesk.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 9.1: gives each revision and milestone stored before V9 a feed seq of its own, so a
 * rep's other devices pull them down. One seq each (not one for all): a pulled page is cut by
 * seq, and a thousand revisions under one seq would have to travel in one page. In Java because
 * numbering rows one by one is not portable SQL; registered by {@link ServerDatabase}.
 */
final class HistoryFeedFill implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("9.1");
    }

    @Override
    public String getDescription() {
        return "feed seqs for revisions and milestones";
    }

    @Override
    public Integer getChecksum() {
        return 91;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<FeedCounter.Row> rows = new ArrayList<>();
        collect(connection, "SELECT change_id FROM revision WHERE seq IS NULL ORDER BY received_at, change_id",
                "revision", "change_id", rows);
        collect(connection, "SELECT id FROM milestone WHERE seq IS NULL ORDER BY updated_at, id", "milestone", "id", rows);
        FeedCounter.stamp(connection, rows);
    }

    private static void collect(Connection connection, String sql, String table, String key, List<FeedCounter.Row> into)
            throws java.sql.SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet found = select.executeQuery()) {
            while (found.next()) {
                into.add(new FeedCounter.Row(table, key, found.getString(1)));
            }
        }
    }
}
