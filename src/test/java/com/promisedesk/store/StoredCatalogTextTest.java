package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.promisedesk.domain.Catalog;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.CatalogFile;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stored catalog is read back from the store a piece at a time, and read as its whole text reads. */
class StoredCatalogTextTest {

    @TempDir
    Path dir;
    private LocalStore store;

    @BeforeEach
    void open() {
        store = LocalStore.open(dir, new TickingClock(Instant.parse("2026-11-23T08:00:00Z")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void piecesPutTogetherAreTheTextAsImported() throws IOException {
        // Umlauts and a character outside the BMP: SQLite counts code points, Java chars.
        String text = "catalog: Größe 😀 über\n".repeat(40) + "end";
        store.catalogs().importCatalog(Catalogs.sample("2026.11.2"), text);
        long id = store.catalogs().currentVersion().orElseThrow().id();

        for (int piece : new int[] {1, 7, 64, 1 << 20}) {
            StringWriter read = new StringWriter();
            try (Reader in = store.catalogs().sourceReader(id, piece)) {
                in.transferTo(read);
            }
            assertThat(read.toString()).as("pieces of %d", piece).isEqualTo(text);
        }
        assertThat(store.catalogs().sourceText(id)).isEqualTo(text);
    }

    @Test
    void theCurrentCatalogIsReadFromTheStoreAsItsTextReads() throws BadFileException {
        String text = CurrentCatalog.sampleText();
        Catalog sample = CatalogFile.parse(text, "sample catalog.yaml");
        store.catalogs().importCatalog(sample, text);

        Catalog loaded = CurrentCatalog.load(store).orElseThrow();

        assertThat(loaded.version()).isEqualTo(sample.version());
        assertThat(loaded.capabilities()).isEqualTo(sample.capabilities());
        assertThat(loaded.policy()).isEqualTo(sample.policy());
    }

    @Test
    void aStoredCatalogThatCanNoLongerBeReadNamesItsLineAsBefore() throws BadFileException {
        String text = CurrentCatalog.sampleText();
        Catalog sample = CatalogFile.parse(text, "sample catalog.yaml");
        // A text that the app of today refuses (an older app stored it): a status it does not know.
        String changed = text.replaceFirst("status: available", "status: avialable");
        store.catalogs().importCatalog(sample, changed);
        StoredParts.forget(store);
        BadFileException whole = catchThrowableOfType(
                () -> CatalogFile.parse(changed, "stored catalog " + sample.version()), BadFileException.class);

        StoreException e = catchThrowableOfType(() -> CurrentCatalog.load(store), StoreException.class);

        assertThat(e.getMessage()).contains("(" + whole.getMessage() + ")").contains(":" + whole.line() + ":")
                .contains("must be one of available, limited, planned, retired");
    }
}
