package com.promisedesk.ui;

import com.promisedesk.check.OwnBookings;
import com.promisedesk.check.PromiseCheck;
import com.promisedesk.check.PromiseChecker;
import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the running app judges promises by, in one observable place: the catalog (which it
 * also shows capabilities from), what the last sync said the other reps have booked and
 * what the rep's own promises book (docs/checking.md, rule 6). Screens read {@link #get()} and listen
 * to {@link #property()}. After a sync (a new catalog version imported and made current,
 * the team's bookings replaced) and after the rep leaves a promise, {@link #reload} reads
 * them in the background and swaps them in on the FX thread if they changed; every screen
 * follows without a restart.
 */
public final class CatalogInUse {

    /**
     * A catalog, the checker built for it, what the last sync said the other reps have booked
     * ({@code team}) and what the rep's own promises book: swapped together, so no verdict mixes two
     * versions, and every screen judges a promise the same way.
     */
    public record Judging(Catalog catalog, PromiseChecker checker, TeamBookings team, OwnBookings own) {

        /** Judging by the catalog alone, nothing booked: one catalog file, or a test. */
        public static Judging of(Catalog catalog) {
            return new Judging(catalog, new PromiseChecker(catalog), TeamBookings.none(), OwnBookings.none());
        }

        /** {@code catalog} with the store's bookings: its last sync's and its promises'; reads the store. */
        public static Judging of(LocalStore store, Catalog catalog) {
            return of(store, catalog, new PromiseChecker(catalog));
        }

        private static Judging of(LocalStore store, Catalog catalog, PromiseChecker checker) {
            return new Judging(catalog, checker, store.sync().teamBookings(),
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
        static Optional<Judging> read(LocalStore store, Judging inUse) {
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

        /** Every line of {@code promise} judged against the catalog and what everything else books. */
        public PromiseCheck check(Promise promise) {
            return checker.check(promise, bookingsAround(promise));
        }

        /** Judges alike: the same catalog version and the same bookings. */
        boolean sameAs(Judging other) {
            return version().equals(other.version()) && team.equals(other.team()) && own.equals(other.own());
        }
    }

    private final Function<Judging, Optional<Judging>> source;
    private final Threads threads;
    private final ReadOnlyObjectWrapper<Judging> current;

    /**
     * @param opened what the app opened with
     * @param source given the judging in use, reads the store's current catalog and bookings;
     *               called in the background
     */
    CatalogInUse(Judging opened, Function<Judging, Optional<Judging>> source, Threads threads) {
        this.source = source;
        this.threads = threads;
        this.current = new ReadOnlyObjectWrapper<>(this, "catalog", opened);
    }

    /** The store's current catalog and bookings, {@code opened} until they change and are {@link #reload}ed. */
    public static CatalogInUse of(LocalStore store, Judging opened, Threads threads) {
        return new CatalogInUse(opened, inUse -> Judging.read(store, inUse), threads);
    }

    /** A catalog that never changes, without bookings: for tools and tests that judge against one file. */
    public static CatalogInUse fixed(Catalog catalog) {
        Judging judging = Judging.of(catalog);
        return new CatalogInUse(judging, inUse -> Optional.of(judging), Threads.inline());
    }

    /**
     * Reads the store's current catalog and bookings in the background and, if either
     * changed, makes them the ones in use (on the FX thread). The same again changes nothing.
     */
    public void reload(Consumer<Throwable> onFailure) {
        Judging inUse = current.get();
        threads.load(() -> source.apply(inUse), loaded -> loaded
                .filter(next -> !next.sameAs(current.get()))
                .ifPresent(current::set), onFailure);
    }

    public Judging get() {
        return current.get();
    }

    public Catalog catalog() {
        return current.get().catalog();
    }

    public PromiseChecker checker() {
        return current.get().checker();
    }

    /** Changes on the FX thread when another catalog version or other bookings are swapped in. */
    public ReadOnlyObjectProperty<Judging> property() {
        return current.getReadOnlyProperty();
    }
}
