package com.promisedesk.sync;

/** The sync and exception-request scenarios against the central store's default SQLite backend. */
class SqliteSyncTest extends RequestScenarios {

    @Override
    Backend backend() {
        return new SqliteBackend();
    }
}
