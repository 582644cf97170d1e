package com.promisedesk.sync;

/** History pulled down to a rep's other devices, against a real PostgreSQL (embedded, shared by the run). */
class PostgresHistoryPullTest extends HistoryPullScenarios {

    @Override
    Backend backend() {
        return PostgresBackend.shared();
    }
}
