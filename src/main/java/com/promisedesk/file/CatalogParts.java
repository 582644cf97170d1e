package com.promisedesk.file;

import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CapabilityShelf;
import com.promisedesk.domain.Catalog;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/**
 * A catalog file in the parts the local store keeps apart, each as JSON: its head (version,
 * date, calendar and approval policy) and every capability. The store reads the head when it
 * opens the catalog and a capability when a line asks for it, so a big catalog is never in
 * memory whole.
 *
 * @param head         the catalog's {@code catalog} and {@code policy} sections
 * @param capabilities each capability's entry, in catalog order
 */
public record CatalogParts(String head, List<String> capabilities) {

    public CatalogParts {
        capabilities = List.copyOf(capabilities);
    }

    /**
     * The parts of {@code text}, a catalog {@link CatalogFile#parse} has read without a problem;
     * empty when the text is laid out in a way only the whole-file reader follows (a key written
     * twice, say): the store then keeps the text alone, and reads the catalog from it as before.
     */
    public static Optional<CatalogParts> of(String text) {
        return of(new StringReader(text));
    }

    /** {@link #of(String)}, the text read from {@code source} a piece at a time. */
    public static Optional<CatalogParts> of(java.io.Reader source) {
        return StreamedCatalog.parts(source);
    }

    /**
     * Reads stored parts back, keeping the values capabilities repeat once, as reading the file
     * does. One reader per catalog; not for two threads at once.
     */
    public static final class Reader {

        private final CatalogReader reader = new CatalogReader();
        private final String fileName;

        /** @param fileName names the stored catalog in messages ("stored catalog 2026.11.2") */
        public Reader(String fileName) {
            this.fileName = fileName;
        }

        /** The catalog of {@code head}, its capabilities on {@code shelf}. */
        public Catalog catalog(String head, CapabilityShelf shelf) throws BadFileException {
            return new SourceText(head, fileName).read(root -> {
                root.mapping("catalog", "policy");
                CatalogReader.Head read = reader.head(root);
                return root.build(() -> Catalog.stored(read.version(), read.published(), read.calendar(), read.policy(),
                        shelf));
            });
        }

        /** The capability of {@code definition}, one entry of {@link CatalogParts#capabilities}. */
        public Capability capability(String definition) throws BadFileException {
            return new SourceText(definition, fileName).read(reader::capability);
        }
    }
}
