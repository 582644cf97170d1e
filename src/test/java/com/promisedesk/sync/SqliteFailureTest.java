package com.promisedesk.sync;

/** Cut connections against the SQLite backend. */
class SqliteFailureTest extends FailureScenarios {

    @Override
    Backend backend() {
        return new SqliteBackend();
    }
}
