package com.promisedesk.sync;

/** Cut connections against PostgreSQL. */
class PostgresFailureTest extends FailureScenarios {

    @Override
    Backend backend() {
        return PostgresBackend.shared();
    }
}
