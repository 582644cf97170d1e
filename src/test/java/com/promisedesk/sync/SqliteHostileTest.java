package com.promisedesk.sync;

/** Hostile bodies against the SQLite backend. */
class SqliteHostileTest extends HostileScenarios {

    @Override
    Backend backend() {
        return new SqliteBackend();
    }
}
