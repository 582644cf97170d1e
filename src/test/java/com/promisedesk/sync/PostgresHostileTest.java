package com.promisedesk.sync;

/** Hostile bodies against PostgreSQL. */
class PostgresHostileTest extends HostileScenarios {

    @Override
    Backend backend() {
        return PostgresBackend.shared();
    }
}
