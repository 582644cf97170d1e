package com.promisedesk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.domain.Promise;
import com.promisedesk.failure.FailureWords;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.CatalogFile;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.store.Conflict;
import com.promisedesk.store.StoreException;
import com.promisedesk.store.SyncRecords;
import com.promisedesk.store.SyncStore;
import com.promisedesk.sync.wire.Booking;
import com.promisedesk.sync.wire.Change;
import com.promisedesk.sync.wire.ChangeResult;
import com.promisedesk.sync.wire.PullResponse;
import com.promisedesk.sync.wire.PulledCatalog;
import com.promisedesk.sync.wire.PulledConflict;
import com.promisedesk.sync.wire.PulledPromise;
import com.promisedesk.sync.wire.PushRequest;
import com.promisedesk.sync.wire.PushResponse;
import com.promisedesk.sync.wire.WireJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * One sync round: push the outbox in batches (each answer recorded in one local transaction), then pull since
 * the cursor page by page (each page and its cursor in one local transaction). Stopped anywhere, the next round
 * carries on: an unanswered push is sent again under the same change ids, and the cursor only moves with what
 * was applied. The store's page cache is large while it runs ({@link SyncStore#roomForSync}).
 */
public final class SyncRound {

    /** What the round has done so far, for a progress bar or a line on the terminal. */
    public record Progress(String phase, int pushed, int toPush, int pulled, long bytesUp, long bytesDown) {
    }

    /**
     * @param conflictsOnPush pushed changes the server kept as conflicts
     * @param keptLocal       pulled promises not applied because they changed here meanwhile
     * @param pushed          promises, exception requests, revisions and milestone updates sent
     * @param applyNanos      time spent on this device reading pulled pages (the answer's JSON, then each
     *                        promise in it) and writing them to the local store; not the network. Reading runs
     *                        ahead of writing ({@link PullPages}), so this is the sum of both, not wall time
     * @param notices         what the rep should know: each promise the central store refused (every round, as
     *                        long as it is on this device), a revision number issued twice with other content
     */
    public record Summary(int pushed, int conflictsOnPush, int pulled, int keptLocal, int conflictsPulled,
                         List<String> newCatalogs, long bytesUp, long bytesDown, long cursor, long applyNanos,
                         List<String> notices) {
    }

    public static final int DEFAULT_BATCH = 100;
    /**
     * Records asked for per pulled page: the most the central store gives (about 1 MB of promises). Each page is
     * one local transaction, so fewer, larger pages make a first sync faster; a cut connection costs one page again.
     */
    public static final int DEFAULT_PAGE = 2_000;

    private final SyncClient client;
    private final SyncStore store;
    private final int batchSize;
    private final int pageSize;
    private final Consumer<Progress> progress;
    private final ObjectMapper json = WireJson.mapper();

    public SyncRound(SyncClient client, SyncStore store, int batchSize, int pageSize, Consumer<Progress> progress) {
        if (batchSize < 1 || pageSize < 1) {
            throw new IllegalArgumentException("batch and page sizes must be at least 1");
        }
        this.client = client;
        this.store = store;
        this.batchSize = batchSize;
        this.pageSize = pageSize;
        this.progress = progress;
    }

    public Summary run() throws SyncException {
        return store.roomForSync(this::round);
    }

    private Summary round() throws SyncException {
        try {
            int toPush = store.pendingChanges();
            int[] pushed = push(toPush);
            List<String> notices = new ArrayList<>(RefusedNotice.of(store.refused().list()));
            // After the promises, so the central store knows every promise a request, revision or milestone is about.
            IntConsumer sent = n -> report("push", pushed[0] += n, Math.max(toPush, pushed[0]), 0);
            new ExceptionRequestSync(client, store.requests()).push(batchSize, sent);
            notices.addAll(new RevisionPush(client, store.revisionUploads(), batchSize,
                    RevisionPush.MAX_BATCH_BYTES).run(sent));
            new MilestonePush(client, store.milestoneUploads(), batchSize).run(sent);
            new DeliveryPush(client, store.deliveryUploads(), batchSize).run(sent);
            new NoticePush(client, store.noticeUploads(), batchSize).run(sent);
            int[] pulled = pull(pushed[0], toPush);
            addOnce(notices, pulledNotices);
            return new Summary(pushed[0], pushed[1], pulled[0], pulled[1], pulled[2], newCatalogs,
                    client.bytesUp(), client.bytesDown(), store.cursor().position(), applyNanos, notices);
        } catch (StoreException e) {
            throw new SyncException(0, "local", "the local store failed during sync: " + e.getMessage(), e);
        }
    }

    /** Adds each pulled notice unless the push said the same of the same revision (named before the first ';'). */
    private static void addOnce(List<String> notices, List<String> pulled) {
        for (String notice : pulled) {
            int end = notice.indexOf(';');
            String subject = end < 0 ? notice : notice.substring(0, end + 1);
            if (notices.stream().noneMatch(n -> n.startsWith(subject))) {
                notices.add(notice);
            }
        }
    }

    private final List<String> newCatalogs = new ArrayList<>();
    private final List<String> pulledNotices = new ArrayList<>();
    private long applyNanos;

    /** @return pushed, kept as conflicts */
    private int[] push(int toPush) throws SyncException {
        int pushed = 0;
        int conflicts = 0;
        report("push", pushed, toPush, 0);
        while (true) {
            List<SyncRecords.PendingPush> batch = store.pendingPushes(batchSize);
            if (batch.isEmpty()) {
                return new int[] {pushed, conflicts};
            }
            List<Change> changes = new ArrayList<>();
            for (SyncRecords.PendingPush p : batch) {
                changes.add(new Change(p.changeId(), p.supersedes(), p.promiseId(), p.baseVersion(), tree(p.promise()),
                        p.resolves()));
            }
            PushResponse response = client.push(new PushRequest(changes));
            Map<UUID, ChangeResult> byChange = new HashMap<>();
            for (ChangeResult result : response.results()) {
                byChange.put(result.changeId(), result);
            }
            List<SyncRecords.PushAck> acks = new ArrayList<>();
            List<UUID> refused = new ArrayList<>();
            for (SyncRecords.PendingPush p : batch) {
                ChangeResult result = byChange.get(p.changeId());
                if (result == null) {
                    throw new SyncException("the central store did not answer for change " + p.changeId()
                            + "; nothing was lost, sync again");
                }
                if (ChangeResult.REFUSED.equals(result.outcome())) {
                    refused.add(p.promiseId());
                    continue;
                }
                boolean accepted = switch (result.outcome()) {
                    case ChangeResult.APPLIED, ChangeResult.DUPLICATE -> true;
                    case ChangeResult.CONFLICT -> false;
                    default -> throw new SyncException("the central store answered \"" + result.outcome()
                            + "\" for change " + p.changeId() + ", which this version does not know");
                };
                if (!accepted) {
                    conflicts++;
                }
                acks.add(new SyncRecords.PushAck(p.promiseId(), p.upToOutboxSeq(), accepted, result.version()));
            }
            store.acknowledge(acks, refused);
            // A refused promise is not counted as sent; the round's notices name it instead.
            pushed += batch.size() - refused.size();
            report("push", pushed, Math.max(toPush, pushed), 0);
        }
    }

    /** @return pulled records, kept local, conflicts */
    private int[] pull(int pushed, int toPush) throws SyncException {
        int pulled = 0;
        int keptLocal = 0;
        int conflicts = 0;
        long read = client.readNanos();
        try (PullPages pages = new PullPages(since -> client.pull(since, pageSize), store.cursor().position())) {
            while (true) {
                PullPages.Page page = pages.next();
                long started = System.nanoTime();
                SyncRecords.Applied applied = store.applyPulled(page.local());
                applyNanos += page.readNanos() + System.nanoTime() - started;
                newCatalogs.addAll(applied.newCatalogs());
                pulledNotices.addAll(applied.notices());
                pulled += page.answer().size();
                keptLocal += applied.keptLocal();
                conflicts += applied.conflicts();
                report("pull", pushed, Math.max(toPush, pushed), pulled);
                if (!page.answer().more()) {
                    return new int[] {pulled, keptLocal, conflicts};
                }
            }
        } finally {
            applyNanos += client.readNanos() - read;
        }
    }

    /** The page as the local store takes it. */
    static SyncRecords.PulledPage local(PullResponse page) throws SyncException {
        return convert(page).withRequests(ExceptionRequestSync.pulled(page.requests()))
                .withHistory(PulledHistory.of(page));
    }

    private static SyncRecords.PulledPage convert(PullResponse page) throws SyncException {
        List<SyncRecords.SyncedPromise> promises = read(page.promises());
        List<Conflict> conflicts = new ArrayList<>();
        for (PulledConflict c : page.conflicts()) {
            conflicts.add(new Conflict(c.id(), c.promiseId(), c.status(), c.baseVersion(),
                    c.base() == null || c.base().isNull() ? null : c.base().toString(), c.theirsVersion(),
                    c.theirs().toString(), c.yours().toString(), c.createdAt()));
        }
        List<SyncRecords.SyncedCatalog> catalogs = new ArrayList<>();
        for (PulledCatalog c : page.catalogs()) {
            try {
                catalogs.add(new SyncRecords.SyncedCatalog(CatalogFile.parse(c.source(), c.fileName()), c.source()));
            } catch (BadFileException | InvalidValueException e) {
                throw new SyncException("the central store sent catalog " + c.version() + ", which this version"
                        + " cannot read: " + e.getMessage());
            }
        }
        TeamBookings bookings = null;
        if (page.bookings() != null) {
            Map<TeamBookings.Key, Integer> booked = new HashMap<>();
            for (Booking b : page.bookings()) {
                booked.put(new TeamBookings.Key(b.capability(), b.isoYear(), b.isoWeek()), b.quantity());
            }
            bookings = new TeamBookings(booked);
        }
        return new SyncRecords.PulledPage(promises, conflicts, catalogs, bookings, page.cursor(), !page.more());
    }

    /** Pages at least this long are read on every core; below it, splitting costs more than it gains. */
    private static final int READ_IN_PARALLEL = 256;

    /**
     * The page's promises read and checked, in the order sent. A first sync reads 100,000,
     * about a quarter of the device's work, so a long page is read on every core while
     * SQLite (one writer) waits for it; a bad promise fails the page as before.
     */
    private static List<SyncRecords.SyncedPromise> read(List<PulledPromise> pulled) throws SyncException {
        if (pulled.size() < READ_IN_PARALLEL) {
            List<SyncRecords.SyncedPromise> promises = new ArrayList<>();
            for (PulledPromise p : pulled) {
                promises.add(new SyncRecords.SyncedPromise(promise(p.promise(), "promise " + p.id()), p.version()));
            }
            return promises;
        }
        try {
            return pulled.parallelStream().map(p -> {
                try {
                    return new SyncRecords.SyncedPromise(promise(p.promise(), "promise " + p.id()), p.version());
                } catch (SyncException e) {
                    throw new UnreadablePromise(e);
                }
            }).toList();
        } catch (UnreadablePromise e) {
            throw e.failure;
        }
    }

    /** Carries a {@link SyncException} out of the parallel read. */
    private static final class UnreadablePromise extends RuntimeException {
        private final SyncException failure;

        UnreadablePromise(SyncException cause) {
            super(cause.getMessage(), cause, false, false);
            this.failure = cause;
        }
    }

    private static Promise promise(JsonNode node, String what) throws SyncException {
        try {
            return PromiseFile.parse(node, what);
        } catch (BadFileException | InvalidValueException e) {
            throw new SyncException("the central store sent " + what + ", which this version cannot read: "
                    + e.getMessage());
        }
    }

    private JsonNode tree(Promise promise) throws SyncException {
        try {
            return json.readTree(PromiseFile.write(promise));
        } catch (IOException e) {
            throw new SyncException(0, "client", "could not write promise " + promise.id() + ": " + FailureWords.why(e), e);
        }
    }

    private void report(String phase, int pushed, int toPush, int pulled) {
        progress.accept(new Progress(phase, pushed, toPush, pulled, client.bytesUp(), client.bytesDown()));
    }
}
