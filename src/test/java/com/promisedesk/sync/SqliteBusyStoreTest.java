package com.promisedesk.sync;

/** The database busy past the lock wait, against the Sqlite backend. */
class SqliteBusyStoreTest extends BusyStoreScenarios {

    @Override
    Backend backend() {
        return new SqliteBackend();
    }
}
