package com.promisedesk.store;

import com.promisedesk.check.OwnBookings;
import com.promisedesk.check.PromiseCheck;
import com.promisedesk.check.PromiseChecker;
import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Promise;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a promise is judged against: a catalog, the checker built for it, what the last sync
 * said the other reps have booked ({@code team}) and what the rep's own promises book
 * (docs/checking.md, rule 6). Held together, so no verdict mixes two versions; the app's
 * screens and the command line judge a promise with this one piece, and so alike.
 */
public record Judging(Catalog catalog, PromiseChecker checker, TeamBookings team, OwnBookings own) {

    /** Judging by the catalog alone, nothing booked: one catalog file, or a test. */
    public static Judging of(Catalog catalog) {
        return of(catalog, TeamBookings.none());
    }

    /** Judging by the catalog and what {@code team} says everything else books: {@code check --bookings FILE}. */
    public static Judging of(Catalog catalog, TeamBookings team) {
        return new Judging(catalog, new PromiseChecker(catalog), team, OwnBookings.none());
    }

    /** {@code catalog} with the store's bookings: its last sync's and its promises'; reads the store. */
    public static Judging of(LocalStore store, Catalog catalog) {
        return of(store, catalog, new PromiseChecker(catalog));
    }

    private static Judging of(LocalStore store, Catalog catalog, PromiseChecker checker) {
        return new Judging(catalog, checker, store.sync().teamBookings().current(),
                OwnBookings.of(store.promises().all(), checker));
    }

    /** The store's current catalog with its bookings; reads the store. */
    public static Optional<Judging> read(LocalStore store) {
        return CurrentCatalog.load(store).map(catalog -> of(store, catalog));
    }

    /**
     * What the store says now, keeping {@code inUse}'s catalog and checker when the store's
     * current version is still theirs (the bookings change far more often than the catalog,
     * and a large catalog takes a while to read); reads the store.
     */
    public static Optional<Judging> read(LocalStore store, Judging inUse) {
        boolean sameVersion = store.catalogs().current().map(c -> c.version().equals(inUse.version())).orElse(false);
        return sameVersion ? Optional.of(of(store, inUse.catalog(), inUse.checker())) : read(store);
    }

    public String version() {
        return catalog.version();
    }

    /** What everything but {@code promise} books: the other reps, and the rep's other promises. */
    public TeamBookings bookingsAround(Promise promise) {
        return own.around(promise, team);
    }

    /**
     * Every line of {@code promise} judged against the catalog and what everything else books,
     * as of {@code today} (T; the caller's clock: every caller passes the day it reads from
     * the clock it was given, so nothing here reads one).
     */
    public PromiseCheck check(Promise promise, LocalDate today) {
        return checker.check(promise, bookingsAround(promise), today);
    }

    /** Judges alike: the same catalog version and the same bookings. */
    public boolean sameAs(Judging other) {
        return version().equals(other.version()) && team.equals(other.team()) && own.equals(other.own());
    }
}
