package com.promisedesk.ui;

import com.promisedesk.server.CentralServer;
import com.promisedesk.server.Principal;
import com.promisedesk.server.ServerDatabase;
import com.promisedesk.sync.ConnectionCode;
import com.promisedesk.sync.ServerAddress;
import com.promisedesk.sync.SyncClient;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A real central store on loopback for the app's tests, with codes made as {@code server token create
 * --address} makes them, and a catalog published by its owner, as IT and the catalog owner do.
 */
final class CentralStoreForTheApp implements AutoCloseable {

    /** The version {@link #publishCatalog()} publishes: the sample catalog, one version on. */
    static final String PUBLISHED = "2026.12.1";

    private final ServerDatabase database;
    private final CentralServer server;

    CentralStoreForTheApp(Path dir) {
        database = ServerDatabase.sqlite(dir);
        server = CentralServer.start(database, CentralServer.Settings.loopback(0), Clock.systemUTC());
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A connection code for a new token of {@code user} in {@code role}, at this store's address. */
    String code(String user, String role) throws Exception {
        return new ConnectionCode(url(), token(user, role)).text();
    }

    String token(String user, String role) throws Exception {
        return server.tokens().create(Principal.of(user, role)).token();
    }

    /** Revokes every token of {@code user}, as {@code server token revoke} does. */
    void revoke(String user) throws Exception {
        for (var row : server.tokens().list()) {
            if (row.user().equals(user)) {
                server.tokens().revoke(row.id());
            }
        }
    }

    /** The catalog owner publishes the sample catalog as version {@link #PUBLISHED}. */
    void publishCatalog() throws Exception {
        publish(sampleCatalog().replace("version: \"2026.11.2\"", "version: \"" + PUBLISHED + "\""));
    }

    /** The catalog owner publishes {@code yaml}, as {@code catalog publish} does. */
    void publish(String yaml) throws Exception {
        SyncClient.create(ServerAddress.parse(url(), false), token("carl", "catalog-owner")).publish("catalog.yaml", yaml);
    }

    /** The sample catalog's YAML (version 2026.11.2). */
    static String sampleCatalog() throws Exception {
        try (InputStream in = CentralStoreForTheApp.class.getResourceAsStream("/com/promisedesk/sample/catalog.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {@code yaml} with {@code code}'s status retired: its first "status: available" after its code. */
    static String retire(String yaml, String code) {
        int at = yaml.indexOf("- code: " + code + "\n");
        int status = yaml.indexOf("status: available", at);
        if (at < 0 || status < 0) {
            throw new IllegalArgumentException(code + " is not an available capability of the catalog");
        }
        return yaml.substring(0, status) + "status: retired" + yaml.substring(status + "status: available".length());
    }

    @Override
    public void close() {
        server.stop();
        database.close();
    }
}
