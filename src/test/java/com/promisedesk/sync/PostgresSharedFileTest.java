package com.promisedesk.sync;

/** Two reps importing one shared promise file, against the Postgres backend. */
class PostgresSharedFileTest extends SharedFileScenarios {

    @Override
    Backend backend() {
        return PostgresBackend.shared();
    }
}
