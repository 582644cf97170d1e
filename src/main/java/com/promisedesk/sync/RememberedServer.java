package com.promisedesk.sync;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.store.SyncStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The central store this device talks to and the token it talks with: given once on the
 * command line ({@code --server URL --token TOKEN}), remembered after (the URL in the local
 * store, the token in {@link TokenFile}, readable only by the user), and used from then on
 * by every command and by the app alike.
 *
 * <p>The plain-http rule is applied here, the same for every caller, given or remembered:
 * {@code https://} anywhere; {@code http://} only to this machine, unless the caller passes
 * {@code --insecure-http} for this one call (it is never remembered, and the app never passes it).
 *
 * <pre>{@code
 * RememberedServer remembered = new RememberedServer(store.sync(), dataDir);
 * RememberedServer.Connection connection = remembered.resolve(server, token, insecureHttp);
 * SyncClient client = connection.client();
 * client.me();                      // the server accepted them: only now remember them
 * remembered.remember(connection);
 * }</pre>
 */
public final class RememberedServer {

    /**
     * What to connect with. {@code serverGiven} and {@code tokenGiven} say which came from the
     * command line rather than from memory: only those are remembered.
     */
    public record Connection(ServerAddress address, String token, boolean serverGiven, boolean tokenGiven) {

        public SyncClient client() {
            return SyncClient.create(address, token);
        }

        /** Never shows the token (it ends up in logs and messages otherwise). */
        @Override
        public String toString() {
            return "Connection[" + address + "]";
        }
    }

    private final Optional<SyncStore> store;
    private final TokenFile tokens;

    /** Remembers in {@code store} (the URL) and in {@code dataDir} (the token). */
    public RememberedServer(SyncStore store, Path dataDir) {
        this(Optional.of(store), dataDir);
    }

    private RememberedServer(Optional<SyncStore> store, Path dataDir) {
        this.store = store;
        this.tokens = new TokenFile(dataDir);
    }

    /**
     * For a command run where there is no local store yet (a catalog owner's machine):
     * no server is remembered, a token may be; {@link #remember} keeps only the token.
     */
    public static RememberedServer withoutStore(Path dataDir) {
        return new RememberedServer(Optional.empty(), dataDir);
    }

    /**
     * The address and token to use: each as given, else as remembered.
     *
     * @param server       {@code --server}, or null for the remembered one
     * @param token        {@code --token}, or null for the remembered one
     * @param insecureHttp {@code --insecure-http}: allow plain http:// to another machine, this once
     * @throws SyncException {@linkplain SyncException#notSetUp() not set up} when a server or token is
     *                       neither given nor remembered; refused when the address breaks the plain-http
     *                       rule; the message says what to do
     */
    public Connection resolve(String server, String token, boolean insecureHttp) throws SyncException {
        String url = server != null ? server : store.flatMap(SyncStore::serverUrl).orElseThrow(() -> notSetUp(
                "no central store yet: add --server URL --token TOKEN (sync remembers both after the first time)"));
        ServerAddress address = ServerAddress.parse(url, insecureHttp);
        String secret = token != null ? token : readToken().orElseThrow(() -> notSetUp(
                "no token yet: add --token TOKEN (ask whoever runs the central store;"
                        + " sync remembers it after the first time)"));
        return new Connection(address, secret, server != null, token != null);
    }

    /**
     * Remembers what {@code connection} took from the command line, replacing what was
     * remembered. Call it once the server has accepted them, so that a mistyped URL or
     * token is not remembered.
     */
    public void remember(Connection connection) throws SyncException {
        if (connection.serverGiven()) {
            store.ifPresent(s -> s.rememberServer(connection.address().toString()));
        }
        if (connection.tokenGiven()) {
            try {
                tokens.write(connection.token());
            } catch (IOException e) {
                throw new SyncException(0, "local", "could not remember the token in " + tokens.file() + ": "
                        + FailureWords.why(e), e);
            }
        }
    }

    /**
     * The connection remembered, when both the address and a token are (the app's "connected").
     * An address remembered that the plain-http rule refuses counts as none.
     */
    public Optional<Connection> remembered() throws SyncException {
        Optional<String> url = store.flatMap(SyncStore::serverUrl);
        Optional<String> token = readToken();
        if (url.isEmpty() || token.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Connection(ServerAddress.parse(url.get(), false), token.get(), false, false));
        } catch (SyncException e) {
            return Optional.empty();
        }
    }

    /** The address remembered, if any (it stays after {@link #forgetToken()}). */
    public Optional<String> rememberedAddress() {
        return store.flatMap(SyncStore::serverUrl);
    }

    /**
     * Sign out: the token file is deleted, so nothing on this device can act as the rep any more.
     * The address stays (it is no secret; a new token is enough to come back), and so does every
     * promise, the catalog and what waits to be sent.
     */
    public void forgetToken() throws SyncException {
        try {
            tokens.delete();
        } catch (IOException e) {
            throw new SyncException(0, "local", "could not delete the remembered token " + tokens.file() + ": "
                    + FailureWords.why(e), e);
        }
    }

    private Optional<String> readToken() throws SyncException {
        try {
            return tokens.read();
        } catch (IOException e) {
            throw new SyncException(0, "local", "could not read the remembered token " + tokens.file() + ": "
                    + FailureWords.why(e), e);
        }
    }

    private static SyncException notSetUp(String message) {
        return new SyncException(0, SyncException.NOT_SET_UP, message, null);
    }
}
