package com.promisedesk.sync;

/** The same sync scenarios against a real PostgreSQL 17 (embedded, started once for the test run). */
class PostgresSyncTest extends RequestScenarios {

    @Override
    Backend backend() {
        return PostgresBackend.shared();
    }
}
