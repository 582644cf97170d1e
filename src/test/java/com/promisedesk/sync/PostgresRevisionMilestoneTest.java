package com.promisedesk.sync;

/** Revisions and milestones against a real PostgreSQL 17 (embedded, started once for the test run). */
class PostgresRevisionMilestoneTest extends RevisionMilestoneScenarios {

    @Override
    Backend backend() {
        return PostgresBackend.shared();
    }
}
