package com.promisedesk.sync;

/** The sync scenarios against the central store's default SQLite backend. */
class SqliteSyncTest extends SyncScenarios {

    @Override
    Backend backend() {
        return new SqliteBackend();
    }
}
