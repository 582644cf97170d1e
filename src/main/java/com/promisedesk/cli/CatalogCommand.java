package com.promisedesk.cli;

import com.promisedesk.domain.Catalog;
import com.promisedesk.export.MissingTranslations;
import com.promisedesk.store.LocalStore;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.FileText;
import com.promisedesk.file.CatalogFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code promisedesk catalog validate|import|publish FILE}. */
@Command(name = "catalog", description = "Validate, import or publish a catalog file (YAML or JSON).",
        subcommands = {CatalogCommand.Validate.class, CatalogCommand.Import.class, CatalogPublish.class})
final class CatalogCommand {

    @Command(name = "validate", description = "Check a catalog file; print the first problem with its line and field,"
            + " and warn of a customer-facing text missing in the language of a promise in the local store.")
    static final class Validate extends StoreCommand implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "The catalog file.")
        Path file;

        @Override
        public Integer call() throws BadFileException {
            Catalog catalog = CatalogFile.read(file);
            out().println(file + ": catalog " + catalog.version() + " is valid ("
                    + catalog.capabilities().size() + " capabilities, " + catalog.policy().tiers().size() + " tiers)");
            if (LocalStore.exists(dataDir())) {
                try (LocalStore store = openStore()) {
                    MissingTranslations.of(catalog, store.promises().all()).forEach(w -> out().println("warning: " + w));
                }
            }
            return 0;
        }
    }

    @Command(name = "import", description = "Import a catalog file into the local store; it becomes the current catalog.")
    static final class Import extends StoreCommand implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "The catalog file.")
        Path file;

        @Override
        public Integer call() throws BadFileException {
            String text = FileText.read(file);
            Catalog catalog = CatalogFile.parse(text, file.toString());
            try (LocalStore store = openStore()) {
                store.catalogs().importCatalog(catalog, text);
            }
            out().println("Imported catalog " + catalog.version() + " (" + catalog.capabilities().size()
                    + " capabilities) into " + dataDir());
            return 0;
        }
    }
}
