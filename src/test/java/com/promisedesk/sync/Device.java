package com.promisedesk.sync;

import com.promisedesk.domain.Promise;
import com.promisedesk.store.LocalStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** One device of a rep: its own local store, syncing with one token. */
final class Device implements AutoCloseable {

    private final LocalStore store;
    private final String token;
    private String url;

    Device(Path dataDir, String url, String token) {
        this.store = LocalStore.open(dataDir);
        this.url = url;
        this.token = token;
    }

    LocalStore store() {
        return store;
    }

    void pointAt(String newUrl) {
        this.url = newUrl;
    }

    SyncClient client() throws SyncException {
        return SyncClient.create(ServerAddress.parse(url, false), token);
    }

    SyncRound.Summary sync() throws SyncException {
        return sync(SyncRound.DEFAULT_BATCH, SyncRound.DEFAULT_PAGE);
    }

    SyncRound.Summary sync(int batch, int page) throws SyncException {
        return new SyncRound(client(), store.sync(), batch, page, progress -> { }).run();
    }

    void save(Promise promise) {
        store.promises().save(promise);
    }

    /** Issues the promise's next revision with exactly {@code content}; returns its number. */
    int issue(UUID promiseId, byte[] content) {
        return store.revisions().issue(promiseId, n -> new com.promisedesk.store.RevisionRepository.RevisionContent(
                "pdf", com.promisedesk.file.Sha256.of(("summary " + n).getBytes()), content)).revision().number();
    }

    /** The SHA-256 of each local revision's exact bytes, by number. */
    Map<Integer, String> revisionHashes(UUID promiseId) {
        Map<Integer, String> hashes = new TreeMap<>();
        for (var r : store.revisions().list(promiseId)) {
            hashes.put(r.number(), com.promisedesk.file.Sha256.of(
                    store.revisions().find(promiseId, r.number()).orElseThrow().content().bytes()));
        }
        return hashes;
    }

    Promise promise(UUID id) {
        return store.promises().find(id).orElseThrow();
    }

    /** Every promise this device holds, by id, as its file JSON: equal maps mean the same set. */
    Map<String, String> contents() {
        Map<String, String> all = new TreeMap<>();
        for (var row : store.promises().list()) {
            all.put(row.id().toString(), com.promisedesk.file.PromiseFile.write(promise(row.id())));
        }
        return all;
    }

    /** Every promise with the server version it is based on: id to "v{version} {file JSON}", as {@link ServerTables}. */
    Map<String, String> syncedContents() {
        Map<String, String> all = new TreeMap<>();
        contents().forEach((id, doc) -> all.put(id, "v" + store.sync().serverVersion(UUID.fromString(id)) + " " + doc));
        return all;
    }

    /** Conflicts not yet resolved: id to "{promise} base {version} theirs {version}", as {@link ServerTables}. */
    Map<String, String> conflictSummaries() {
        Map<String, String> all = new TreeMap<>();
        store.sync().conflicts().list().forEach(c -> all.put(c.id().toString(),
                c.promiseId() + " base " + c.baseVersion() + " theirs " + c.theirsVersion()));
        return all;
    }

    List<String> openConflicts() {
        List<String> ids = new ArrayList<>();
        store.sync().conflicts().list().forEach(c -> ids.add(c.id().toString()));
        return ids;
    }

    @Override
    public void close() {
        store.close();
    }
}
