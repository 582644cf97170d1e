package com.promisedesk.ui;

import com.promisedesk.check.PromiseChecker;
import com.promisedesk.domain.Catalog;
import com.promisedesk.store.Judging;
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
public final class JudgingInUse {

    private final Function<Judging, Optional<Judging>> source;
    private final Threads threads;
    private final ReadOnlyObjectWrapper<Judging> current;

    /**
     * @param opened what the app opened with
     * @param source given the judging in use, reads the store's current catalog and bookings;
     *               called in the background
     */
    JudgingInUse(Judging opened, Function<Judging, Optional<Judging>> source, Threads threads) {
        this.source = source;
        this.threads = threads;
        this.current = new ReadOnlyObjectWrapper<>(this, "catalog", opened);
    }

    /** The store's current catalog and bookings, {@code opened} until they change and are {@link #reload}ed. */
    public static JudgingInUse of(LocalStore store, Judging opened, Threads threads) {
        return new JudgingInUse(opened, inUse -> Judging.read(store, inUse), threads);
    }

    /** A catalog that never changes, without bookings: for tools and tests that judge against one file. */
    public static JudgingInUse fixed(Catalog catalog) {
        Judging judging = Judging.of(catalog);
        return new JudgingInUse(judging, inUse -> Optional.of(judging), Threads.inline());
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
