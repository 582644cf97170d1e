package com.promisedesk.file;

import com.promisedesk.domain.Catalog;
import java.nio.file.Path;

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
}
