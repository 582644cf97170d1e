package com.promisedesk.cli;

import com.promisedesk.domain.Catalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.file.BadFileException;
import com.promisedesk.store.file.FileText;
import com.promisedesk.store.file.CatalogFile;
import com.promisedesk.sync.RememberedServer;
import com.promisedesk.sync.SyncException;
import com.promisedesk.sync.wire.PublishResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code promisedesk catalog publish FILE --server URL --token TOKEN}: validated here, then published centrally. */
@Command(name = "publish", description = "Validate a catalog file, then publish it to the central store (catalog-owner token).")
final class CatalogPublish extends StoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The catalog file.")
    Path file;

    @Option(names = "--server", description = "The central store (default: the one sync remembers).")
    String server;

    @Option(names = "--token", description = "A catalog-owner token (default: the one sync remembers).")
    String token;

    @Option(names = "--insecure-http", description = "Allow plain http:// to another machine.")
    boolean insecureHttp;

    @Override
    public Integer call() throws BadFileException, SyncException, IOException {
        String text = FileText.read(file);
        Catalog catalog = CatalogFile.parse(text, file.toString());
        // Nothing is remembered: a catalog-owner token must not replace the rep's sync token.
        RememberedServer.Connection connection;
        if (LocalStore.exists(dataDir())) {
            try (LocalStore store = openStore()) {
                connection = new RememberedServer(store.sync(), dataDir()).resolve(server, token, insecureHttp);
            }
        } else {
            connection = RememberedServer.withoutStore(dataDir()).resolve(server, token, insecureHttp);
        }
        PublishResponse published = connection.client().publish(file.getFileName().toString(), text);
        out().println(published.created()
                ? "Published catalog " + published.version() + " (" + published.capabilities() + " capabilities); reps get it at their next sync"
                : "Catalog " + published.version() + " was already published with this content; nothing changed");
        return 0;
    }
}
