package com.promisedesk.sync;

/** Cut connections and restarts against the SQLite backend. */
class SqliteFailureTest extends FailureScenarios {

    @Override
    Backend backend() {
        return new SqliteBackend();
    }
}
