package com.promisedesk.sync;

/** Two reps importing one shared promise file, against the Sqlite backend. */
class SqliteSharedFileTest extends SharedFileScenarios {

    @Override
    Backend backend() {
        return new SqliteBackend();
    }
}
