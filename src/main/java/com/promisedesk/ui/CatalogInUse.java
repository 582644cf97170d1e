package com.promisedesk.ui;

import com.promisedesk.check.PromiseChecker;
import com.promisedesk.domain.Catalog;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The catalog the running app judges promises against and shows capabilities from, in one
 * observable place. Screens read {@link #get()} and listen to {@link #property()}. After a
 * sync pulls a new version (imported and made current in the local store), {@link #reload}
 * reads it in the background and swaps it in on the FX thread; every screen follows without
 * a restart.
 */
public final class CatalogInUse {

    /** A catalog with the checker built for it: swapped together, so no verdict mixes two versions. */
    public record Judging(Catalog catalog, PromiseChecker checker) {

        public static Judging of(Catalog catalog) {
            return new Judging(catalog, new PromiseChecker(catalog));
        }

        public String version() {
            return catalog.version();
        }
    }

    private final Supplier<Optional<Catalog>> source;
    private final Threads threads;
    private final ReadOnlyObjectWrapper<Judging> current;

    /**
     * @param opened the catalog the app opened with
     * @param source reads the store's current catalog; called in the background
     */
    public CatalogInUse(Catalog opened, Supplier<Optional<Catalog>> source, Threads threads) {
        this.source = source;
        this.threads = threads;
        this.current = new ReadOnlyObjectWrapper<>(this, "catalog", Judging.of(opened));
    }

    /** The store's current catalog, {@code opened} until a newer one is imported and {@link #reload}ed. */
    public static CatalogInUse of(LocalStore store, Catalog opened, Threads threads) {
        return new CatalogInUse(opened, () -> CurrentCatalog.load(store), threads);
    }

    /** A catalog that never changes: for tools and tests that judge against one file. */
    public static CatalogInUse fixed(Catalog catalog) {
        return new CatalogInUse(catalog, () -> Optional.of(catalog), Threads.inline());
    }

    /**
     * Reads the store's current catalog in the background and, if it is another version,
     * makes it the one in use (on the FX thread). The same version again changes nothing.
     */
    public void reload(Consumer<Throwable> onFailure) {
        threads.load(() -> source.get().map(Judging::of), loaded -> loaded
                .filter(next -> !next.version().equals(current.get().version()))
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

    /** Changes on the FX thread when another catalog version is swapped in. */
    public ReadOnlyObjectProperty<Judging> property() {
        return current.getReadOnlyProperty();
    }
}
