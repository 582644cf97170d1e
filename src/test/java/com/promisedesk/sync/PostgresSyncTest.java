package com.promisedesk.sync;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The same sync scenarios against a real PostgreSQL 17 (embedded, started once for the class). */
class PostgresSyncTest extends SyncScenarios {

    private static PostgresBackend postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = PostgresBackend.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Override
    Backend backend() {
        return postgres;
    }
}
