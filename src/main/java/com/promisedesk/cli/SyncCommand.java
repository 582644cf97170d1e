package com.promisedesk.cli;

import com.promisedesk.check.Wording;
import com.promisedesk.domain.Catalog;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.CatalogFile;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.StoredCatalog;
import com.promisedesk.sync.CatalogChanges;
import com.promisedesk.sync.RememberedServer;
import com.promisedesk.sync.SyncClient;
import com.promisedesk.sync.SyncException;
import com.promisedesk.sync.SyncRound;
import com.promisedesk.sync.wire.Me;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code promisedesk sync}: one round with the central store; server and token remembered after the first. */
@Command(name = "sync", description = "Push local changes and pull what changed, in one round. Run again to carry on.")
final class SyncCommand extends StoreCommand implements Callable<Integer> {

    @Option(names = "--server", paramLabel = "URL", description = "The central store, e.g. https://promises.example.com (remembered).")
    String server;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Your token (remembered in a file only you can read).")
    String token;

    @Option(names = "--insecure-http", description = "Allow plain http:// to another machine (the token travels in clear).")
    boolean insecureHttp;

    @Option(names = "--batch", defaultValue = "100", paramLabel = "N", description = "Promises per push (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--quiet", description = "Print only the summary.")
    boolean quiet;

    @Override
    public Integer call() throws SyncException {
        if (batch < 1 || batch > 500) {
            throw UserError.usage("--batch must be between 1 and 500, was " + batch);
        }
        try (LocalStore store = openStore()) {
            RememberedServer remembered = new RememberedServer(store.sync(), dataDir());
            RememberedServer.Connection connection = remembered.resolve(server, token, insecureHttp);
            SyncClient client = connection.client();
            Me me = client.me();
            remembered.remember(connection);
            Optional<StoredCatalog> before = store.catalogs().current();
            SyncRound.Summary s = new SyncRound(client, store.sync(), batch, SyncRound.DEFAULT_PAGE, p -> {
                if (!quiet) {
                    out().printf("%s: pushed %d of %d, pulled %d (%s up, %s down)%n", p.phase(), p.pushed(), p.toPush(),
                            p.pulled(), bytes(p.bytesUp()), bytes(p.bytesDown()));
                    out().flush();
                }
            }).run();
            int open = store.sync().conflicts().openCount();
            out().println("Synced with " + client.server() + " as " + me.user() + ": pushed " + s.pushed()
                    + (s.conflictsOnPush() > 0
                            ? " (" + Wording.count(s.conflictsOnPush(), "kept as a conflict", "kept as conflicts") + ")" : "")
                    + ", pulled " + s.pulled()
                    + (s.newCatalogs().isEmpty() ? "" : ", new catalog " + String.join(", ", s.newCatalogs()))
                    + (open > 0 ? "; " + Wording.count(open, "conflict", "conflicts")
                            + " to resolve (promisedesk conflicts list)" : ""));
            if (!s.newCatalogs().isEmpty()) {
                store.catalogs().current().flatMap(after -> changes(before, after))
                        .ifPresent(changes -> out().println(changes.summary()));
            }
            s.notices().forEach(notice -> out().println("note: " + notice));
        }
        return 0;
    }

    /** What changed from the catalog in use before the round to the one in use now; empty if one cannot be read. */
    private static Optional<CatalogChanges> changes(Optional<StoredCatalog> before, StoredCatalog after) {
        try {
            Catalog old = before.isEmpty() ? null : CatalogFile.parse(before.get().sourceText(), before.get().version());
            return Optional.of(CatalogChanges.between(old, CatalogFile.parse(after.sourceText(), after.version())));
        } catch (BadFileException e) {
            return Optional.empty();
        }
    }

    private static String bytes(long n) {
        return n < 10_240 ? n + " B" : n < 10_485_760 ? (n / 1024) + " KB" : (n / 1_048_576) + " MB";
    }
}
