package com.promisedesk.sync;

/** Revisions and milestones against the central store's default SQLite backend. */
class SqliteRevisionMilestoneTest extends RevisionMilestoneScenarios {

    @Override
    Backend backend() {
        return new SqliteBackend();
    }
}
