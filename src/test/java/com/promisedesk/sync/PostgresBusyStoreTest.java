package com.promisedesk.sync;

/** The database busy past the lock wait, against the Postgres backend. */
class PostgresBusyStoreTest extends BusyStoreScenarios {

    @Override
    Backend backend() {
        return PostgresBackend.shared();
    }
}
