package com.promisedesk.cli;

import com.promisedesk.domain.Catalog;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.FileText;
import com.promisedesk.file.CatalogFile;
import com.promisedesk.sync.SyncException;
import com.promisedesk.sync.wire.PublishResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code promisedesk catalog publish FILE --server URL --token TOKEN}: validated here, then published centrally. */
@Command(name = "publish", description = "Validate a catalog file, then publish it to the central store (catalog-owner token).")
final class CatalogPublish extends StoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The catalog file.")
    Path file;

    @Mixin
    CentralStoreOptions central;

    @Override
    public Integer call() throws BadFileException, SyncException, IOException {
        String text = FileText.read(file);
        // Checked here first, so a bad file is told with its line numbers before anything is sent.
        Catalog catalog = CatalogFile.parse(text, file.toString());
        PublishResponse published = central.client(dataDir())
                .publish(file.getFileName().toString(), text);
        out().println(published.created()
                ? "Published catalog " + published.version() + " (" + published.capabilities() + " capabilities); reps get it at their next sync"
                : "Catalog " + published.version() + " was already published with this content; nothing changed");
        return 0;
    }
}
