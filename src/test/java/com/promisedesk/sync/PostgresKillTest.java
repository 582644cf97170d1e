package com.promisedesk.sync;

/** The central store killed with SIGKILL and restarted, on PostgreSQL. */
class PostgresKillTest extends KillScenarios {

    @Override
    Backend backend() {
        return PostgresBackend.shared();
    }
}
