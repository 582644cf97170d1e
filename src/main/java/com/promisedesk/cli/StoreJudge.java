package com.promisedesk.cli;

import com.promisedesk.check.OwnBookings;
import com.promisedesk.check.PromiseCheck;
import com.promisedesk.check.PromiseChecker;
import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.LocalStore;

/**
 * Judges the promises of a local store as the app does: against a catalog, counting what else
 * books each week (rule 6): what the last sync said the other reps have booked, and the store's
 * other promises. Reads the store once, so {@code promise list} judges every promise without
 * reading all of them again for each.
 */
record StoreJudge(PromiseChecker checker, TeamBookings team, OwnBookings own) {

    static StoreJudge of(LocalStore store, Catalog catalog) {
        PromiseChecker checker = new PromiseChecker(catalog);
        return new StoreJudge(checker, store.sync().teamBookings(), OwnBookings.of(store.promises().all(), checker));
    }

    /** What everything but {@code promise} books in its weeks. */
    TeamBookings bookingsAround(Promise promise) {
        return own.around(promise, team);
    }

    PromiseCheck check(Promise promise) {
        return checker.check(promise, bookingsAround(promise));
    }
}
