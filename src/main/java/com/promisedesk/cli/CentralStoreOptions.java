package com.promisedesk.cli;

import com.promisedesk.store.LocalStore;
import com.promisedesk.sync.ServerAddress;
import com.promisedesk.sync.SyncClient;
import com.promisedesk.sync.SyncException;
import com.promisedesk.sync.TokenFile;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --server URL --token TOKEN [--insecure-http]} for commands that call the central
 * store once (catalog publish, requests): given, or else what sync remembered in the data folder.
 */
final class CentralStoreOptions {

    @Option(names = "--server", description = "The central store (default: the one sync remembers).")
    String server;

    @Option(names = "--token", description = "Your token (default: the one sync remembers).")
    String token;

    @Option(names = "--insecure-http", description = "Allow plain http:// to another machine.")
    boolean insecureHttp;

    /** @param role the token's role, for the message when none is given ("a catalog-owner token") */
    SyncClient client(Path dataDir, String role) throws SyncException, IOException {
        String url = server;
        if (url == null && LocalStore.exists(dataDir)) {
            try (LocalStore store = LocalStore.open(dataDir)) {
                url = store.sync().serverUrl().orElse(null);
            }
        }
        if (url == null) {
            throw new UserError("no central store given: add --server URL");
        }
        String secret = token != null ? token : new TokenFile(dataDir).read()
                .orElseThrow(() -> new UserError("no token given: add --token TOKEN (" + role + ")"));
        return SyncClient.create(ServerAddress.parse(url, insecureHttp), secret);
    }
}
