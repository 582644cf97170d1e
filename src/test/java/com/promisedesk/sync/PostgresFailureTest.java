package com.promisedesk.sync;

/** Cut connections and restarts against PostgreSQL. */
class PostgresFailureTest extends FailureScenarios {

    @Override
    Backend backend() {
        return PostgresBackend.shared();
    }
}
