package com.promisedesk.store;

import com.promisedesk.jdbc.SqlValues;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * How far this device has pulled: the central store's monotonic cursor, committed in the
 * same transaction as the page it ends ({@link SyncStore#applyPulled}), and when the last
 * round finished.
 */
public final class SyncCursor {

    private final Transactions transactions;

    SyncCursor(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The last pulled feed seq; 0 before the first sync. */
    public long position() {
        return setting(SyncSettings.CURSOR).map(Long::parseLong).orElse(0L);
    }

    public Optional<Instant> lastSyncAt() {
        return setting(SyncSettings.LAST_SYNC_AT).map(SqlValues::instant);
    }

    /** Moves the cursor to {@code position} on the page's connection; never back. */
    static void advanceIn(Connection connection, long position) throws SQLException {
        long current = SyncSettings.in(connection, SyncSettings.CURSOR).map(Long::parseLong).orElse(0L);
        if (position > current) {
            SyncSettings.put(connection, SyncSettings.CURSOR, Long.toString(position));
        }
    }

    /** Records that a round's last page was applied at {@code at}. */
    static void roundEndedIn(Connection connection, Instant at) throws SQLException {
        SyncSettings.put(connection, SyncSettings.LAST_SYNC_AT, SqlValues.text(at));
    }

    private Optional<String> setting(String key) {
        return transactions.read("read the sync setting " + key, connection -> SyncSettings.in(connection, key));
    }
}
