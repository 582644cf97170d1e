package com.promisedesk.sync;

/** Strict bodies and the protocol's errors against the Sqlite backend. */
class SqliteStrictBodyTest extends StrictBodyScenarios {

    @Override
    Backend backend() {
        return new SqliteBackend();
    }
}
