package com.promisedesk.sync;

/** Strict bodies and the protocol's errors against the Postgres backend. */
class PostgresStrictBodyTest extends StrictBodyScenarios {

    @Override
    Backend backend() {
        return PostgresBackend.shared();
    }
}
