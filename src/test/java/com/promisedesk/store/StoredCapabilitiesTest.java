package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.domain.Capability;
import com.promisedesk.domain.Catalog;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.CatalogFile;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The current catalog's capabilities stay in the store, each read when asked for, and are the
 * catalog file's own: the same capabilities, order, policy and requirement cycles as the file read whole.
 */
class StoredCapabilitiesTest {

    /** SSO-SETUP made to require ONB-STD, which requires SSO-SETUP: a cycle, which the catalog allows. */
    private static final String CYCLE = "      - { customer: \"Two test accounts in your identity provider\", before: 3 }\n";

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

    private Catalog importSample(String text) throws BadFileException {
        Catalog file = CatalogFile.parse(text, "catalog.yaml");
        store.catalogs().importCatalog(file, text);
        return file;
    }

    private static String withCycle() {
        String text = CurrentCatalog.sampleText();
        assertThat(text).contains(CYCLE);
        return text.replace(CYCLE, CYCLE + "      - { capability: ONB-STD, before: 1 }\n");
    }

    @Test
    void theStoredCatalogIsTheFilesCatalog() throws BadFileException {
        Catalog file = importSample(withCycle());

        Catalog stored = CurrentCatalog.load(store).orElseThrow();

        assertThat(stored.version()).isEqualTo(file.version());
        assertThat(stored.published()).isEqualTo(file.published());
        assertThat(stored.calendar()).isEqualTo(file.calendar());
        assertThat(stored.policy()).isEqualTo(file.policy());
        assertThat(stored.size()).isEqualTo(file.size()).isEqualTo(62);
        assertThat(stored.capabilities()).isEqualTo(file.capabilities());
        assertThat(stored.first(3)).isEqualTo(file.capabilities().subList(0, 3));
        assertThat(stored.capability("ONB-STD")).isEqualTo(file.capability("ONB-STD"));
        assertThat(stored.capability("NO-SUCH-CODE")).isEmpty();
        assertThat(stored.requirementCycles().requireEachOther("ONB-STD", "SSO-SETUP")).isTrue();
        assertThat(stored.requirementCycles().requireEachOther("ONB-STD", "FLEET-CORE")).isFalse();
        assertThat(stored.requirementCycles().members()).isEqualTo(file.requirementCycles().members()).hasSize(2);
    }

    @Test
    void aCapabilityAskedForAgainIsNotReadAgain() throws BadFileException {
        importSample(CurrentCatalog.sampleText());
        Catalog stored = CurrentCatalog.load(store).orElseThrow();
        Capability first = stored.capability("ONB-STD").orElseThrow();

        assertThat(stored.capability("ONB-STD").orElseThrow()).isSameAs(first);
    }

    @Test
    void aCatalogStoredBeforeItsPartsWereKeptIsReadFromItsTextOnceThenFromItsParts() throws BadFileException {
        Catalog file = importSample(CurrentCatalog.sampleText());
        StoredParts.forget(store);

        assertThat(CurrentCatalog.load(store).orElseThrow().capabilities()).isEqualTo(file.capabilities());

        // The parts are filled in: the text is no longer needed to open the catalog.
        StoredParts.run(store, "UPDATE catalog_version SET source_text = 'not a catalog'");
        Catalog again = CurrentCatalog.load(store).orElseThrow();
        assertThat(again.capabilities()).isEqualTo(file.capabilities());
        assertThat(again.policy()).isEqualTo(file.policy());
    }

    @Test
    void aStoredPartThatCanNoLongerBeReadNamesTheCatalogWhenAsked() throws BadFileException {
        importSample(CurrentCatalog.sampleText());
        StoredParts.run(store, "UPDATE capability SET definition = replace(definition, '\"available\"', '\"avialable\"')"
                + " WHERE code = 'ONB-STD'");
        Catalog stored = CurrentCatalog.load(store).orElseThrow();

        assertThat(stored.capability("FLEET-CORE")).isPresent();
        assertThatThrownBy(() -> stored.capability("ONB-STD"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("The stored catalog 2026.11.2 can no longer be read")
                .hasMessageContaining("must be one of available, limited, planned, retired")
                .hasMessageContaining("import a catalog again");
    }

    @Test
    void aWholeCatalogOutlivesItsStore() throws BadFileException {
        Catalog file = importSample(CurrentCatalog.sampleText());

        Catalog whole = CurrentCatalog.loadWhole(store).orElseThrow();
        store.close();

        assertThat(whole.capabilities()).isEqualTo(file.capabilities());
        assertThat(whole.capability("ONB-STD")).isEqualTo(file.capability("ONB-STD"));
        assertThat(whole.requirementCycles().members()).isEmpty();
    }
}
