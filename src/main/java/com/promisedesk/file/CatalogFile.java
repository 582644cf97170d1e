package com.promisedesk.file;

import com.promisedesk.domain.Catalog;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The catalog file: YAML (or JSON of the same shape) as docs/catalog.md
 * describes it. The first problem rejects the whole file with its line, field and why.
 */
public final class CatalogFile {

    private CatalogFile() {
    }

    public static Catalog read(Path file) throws BadFileException {
        return SourceText.of(file).read(new CatalogReader()::read);
    }

    /** @param fileName used in messages; a {@code .json} name reads the text as JSON, any other as YAML unless it opens with a brace */
    public static Catalog parse(String text, String fileName) throws BadFileException {
        return new SourceText(text, fileName).read(new CatalogReader()::read);
    }

    /**
     * A catalog the app stored after reading it once with {@link #parse}: read from {@code source}
     * one capability at a time, so a big catalog's text and tree never fill the memory. Should the
     * stream hold anything {@link #parse} would refuse, {@code wholeText} is read with {@link #parse},
     * so the problem is named with its line and field as always.
     */
    public static Catalog parseStored(Reader source, Supplier<String> wholeText, String fileName)
            throws BadFileException {
        Optional<Catalog> streamed = StreamedCatalog.read(source);
        if (streamed.isPresent()) {
            return streamed.get();
        }
        return parse(wholeText.get(), fileName);
    }
}
