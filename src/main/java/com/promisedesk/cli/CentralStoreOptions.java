package com.promisedesk.cli;

import com.promisedesk.store.LocalStore;
import com.promisedesk.sync.RememberedServer;
import com.promisedesk.sync.SyncClient;
import com.promisedesk.sync.SyncException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --server URL --token TOKEN [--insecure-http]} for commands that call the central
 * store once (catalog publish, requests): given, or else what sync remembered in the data
 * folder, resolved by {@link RememberedServer} as sync does. Nothing is remembered here: a
 * catalog-owner's or approver's token must not replace the rep's sync token.
 */
final class CentralStoreOptions {

    @Option(names = "--server", paramLabel = "URL", description = "The central store (default: the one sync remembers).")
    String server;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Your token (default: the one sync remembers).")
    String token;

    @Option(names = "--insecure-http", description = "Allow plain http:// to another machine.")
    boolean insecureHttp;

    SyncClient client(Path dataDir) throws SyncException {
        if (!LocalStore.exists(dataDir)) {
            return RememberedServer.withoutStore(dataDir).resolve(server, token, insecureHttp).client();
        }
        try (LocalStore store = LocalStore.open(dataDir)) {
            return new RememberedServer(store.sync(), dataDir).resolve(server, token, insecureHttp).client();
        }
    }
}
