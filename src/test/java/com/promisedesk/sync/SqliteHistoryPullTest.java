package com.promisedesk.sync;

/** History pulled down to a rep's other devices, against the central store's default SQLite backend. */
class SqliteHistoryPullTest extends HistoryPullScenarios {

    @Override
    Backend backend() {
        return new SqliteBackend();
    }
}
