package com.promisedesk.store;

import com.promisedesk.domain.Catalog;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.CatalogFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The catalog a rep works against: the store's current one; on first run, the bundled sample catalog. */
public final class CurrentCatalog {

    /** The sample catalog bundled with the app (a believable fleet-analytics vendor). */
    public static final String SAMPLE = "/com/promisedesk/sample/catalog.yaml";

    private CurrentCatalog() {
    }

    /**
     * The current catalog, if the store has one; its capabilities stay in the store and are read
     * as lines ask for them, so a big catalog is never in memory whole.
     */
    public static Optional<Catalog> load(LocalStore store) {
        CatalogRepository catalogs = store.catalogs();
        return catalogs.currentVersion().map(stored -> catalogs.open(stored.id(), stored.version()));
    }

    /**
     * The current catalog with every capability read into memory, for a command that goes on
     * using it after it has closed the store (a {@link #load}ed one reads the store as it is asked).
     */
    public static Optional<Catalog> loadWhole(LocalStore store) {
        return load(store).map(stored -> new Catalog(stored.version(), stored.published(), stored.calendar(),
                stored.policy(), stored.capabilities()));
    }

    /** The current catalog; imports the sample catalog first when the store has none (first run). */
    public static Catalog loadOrImportSample(LocalStore store) {
        Optional<Catalog> current = load(store);
        if (current.isPresent()) {
            return current.get();
        }
        String text = sampleText();
        try {
            Catalog sample = CatalogFile.parse(text, "sample catalog.yaml");
            store.catalogs().importCatalog(sample, text);
            return sample;
        } catch (BadFileException e) {
            throw new IllegalStateException("The bundled sample catalog is invalid: " + e.getMessage(), e);
        }
    }

    static String sampleText() {
        try (InputStream in = CurrentCatalog.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("The sample catalog " + SAMPLE + " is missing from the app");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
