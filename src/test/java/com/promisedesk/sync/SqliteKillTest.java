package com.promisedesk.sync;

/** The central store killed with SIGKILL and restarted, on the SQLite backend. */
class SqliteKillTest extends KillScenarios {

    @Override
    Backend backend() {
        return new SqliteBackend();
    }
}
