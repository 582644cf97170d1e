package com.promisedesk.store;

import com.promisedesk.domain.Catalog;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.CatalogFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
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
     * The current catalog, if the store has one; read from the store a piece at a time, so its
     * text and its whole tree are never in memory at once.
     */
    public static Optional<Catalog> load(LocalStore store) {
        CatalogRepository catalogs = store.catalogs();
        return catalogs.currentVersion().map(stored -> {
            try (Reader source = catalogs.sourceReader(stored.id())) {
                return CatalogFile.parseStored(source, () -> catalogs.sourceText(stored.id()),
                        "stored catalog " + stored.version());
            } catch (BadFileException e) {
                throw new StoreException("The stored catalog " + stored.version()
                        + " can no longer be read (" + e.getMessage() + "); import a catalog again", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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
