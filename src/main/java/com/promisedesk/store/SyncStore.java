package com.promisedesk.store;

import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import com.promisedesk.store.SyncRecords.Applied;
import com.promisedesk.store.SyncRecords.PendingPush;
import com.promisedesk.store.SyncRecords.PulledPage;
import com.promisedesk.store.SyncRecords.PushAck;
import com.promisedesk.store.SyncRecords.SyncedCatalog;
import com.promisedesk.store.SyncRecords.SyncedPromise;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device's side of a sync round: what to push from the outbox, the server's answers,
 * and each pulled page applied with its cursor in one transaction. The parts a round reads
 * and writes live in their own classes: {@link ConflictRepository}, {@link TeamBookingsRepository},
 * {@link SyncCursor}, the uploads of revisions and milestones, and the refused promises.
 */
public final class SyncStore {

    private static final Logger LOG = LoggerFactory.getLogger(SyncStore.class);

    private final Transactions transactions;
    private final CatalogRepository catalogs;
    private final ExceptionRequests requests;
    private final Clock clock;
    private final RevisionUploads revisionUploads;
    private final MilestoneUploads milestoneUploads;
    private final DeliveryUploads deliveryUploads;
    private final NoticeUploads noticeUploads;
    private final RefusedPromises refused;
    private final ConflictRepository conflicts;
    private final TeamBookingsRepository teamBookings;
    private final SyncCursor cursor;

    SyncStore(Transactions transactions, PromiseRepository promises, CatalogRepository catalogs,
              ExceptionRequests requests, Clock clock) {
        this.transactions = transactions;
        this.catalogs = catalogs;
        this.requests = requests;
        this.clock = clock;
        this.conflicts = new ConflictRepository(transactions, promises, clock);
        this.teamBookings = new TeamBookingsRepository(transactions);
        this.cursor = new SyncCursor(transactions);
        this.revisionUploads = new RevisionUploads(transactions);
        this.milestoneUploads = new MilestoneUploads(transactions);
        this.deliveryUploads = new DeliveryUploads(transactions);
        this.noticeUploads = new NoticeUploads(transactions);
        this.refused = new RefusedPromises(transactions);
    }

    /** Promises the central store refused (their id is another rep's); no longer pushed. */
    /**
     * Runs {@code sync} with 32 MB of page cache instead of 8 (a first sync writes 100,000 promises in
     * a few transactions), then gives the memory back: the app runs beside a browser, a CRM and a video call.
     */
    public <T, E extends Exception> T roomForSync(Bulk<T, E> sync) throws E {
        transactions.cacheKb(LocalStore.SYNC_CACHE_KB, false);
        try {
            return sync.run();
        } finally {
            transactions.cacheKb(LocalStore.CACHE_KB, true);
        }
    }

    /** Work that needs room in the page cache: a sync. */
    @FunctionalInterface
    public interface Bulk<T, E extends Exception> {
        T run() throws E;
    }

    public RefusedPromises refused() {
        return refused;
    }

    /** Issued revisions waiting to be pushed. */
    public RevisionUploads revisionUploads() {
        return revisionUploads;
    }

    /** Milestone updates waiting to be pushed. */
    public MilestoneUploads milestoneUploads() {
        return milestoneUploads;
    }

    /** Delivery marks waiting to be pushed. */
    public DeliveryUploads deliveryUploads() {
        return deliveryUploads;
    }

    /** Issued customer notices waiting to be pushed. */
    public NoticeUploads noticeUploads() {
        return noticeUploads;
    }

    /** How many changes a round will push: each waiting promise once, each revision and milestone update. */
    public int pendingChanges() {
        return transactions.read("count the changes waiting to be synced", Outbox::pendingItemsIn);
    }

    /** The central store this device syncs with, remembered after the first round. */
    public Optional<String> serverUrl() {
        return setting(SyncSettings.SERVER_URL);
    }

    public void rememberServer(String url) {
        transactions.write("remember the central store " + url, connection -> {
            SyncSettings.put(connection, SyncSettings.SERVER_URL, url);
            return null;
        });
    }

    /** Exception requests: what to push, and where the pulled decisions go. */
    public ExceptionRequests requests() {
        return requests;
    }

    /** How far this device has pulled, and when the last round ended. */
    public SyncCursor cursor() {
        return cursor;
    }

    /** The conflicts sync kept, for the rep to resolve. */
    public ConflictRepository conflicts() {
        return conflicts;
    }

    /** What the rest of the team had booked at the last sync. */
    public TeamBookingsRepository teamBookings() {
        return teamBookings;
    }

    /** How many promises have changes waiting to be pushed. */
    public int pendingPromises() {
        return transactions.read("count the promises waiting to be synced", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT count(DISTINCT entity_id) FROM outbox WHERE entity = ? AND entity_id NOT IN ("
                            + RefusedPromises.IDS + ")")) {
                ResultSet rows = Statements.bind(select, Outbox.PROMISE).executeQuery();
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /**
     * Up to {@code limit} promises with waiting changes, the longest waiting first, each as its
     * latest state; not those the central store refused.
     */
    public List<PendingPush> pendingPushes(int limit) {
        return transactions.read("read the changes waiting to be synced", connection -> {
            List<String[]> heads = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT entity_id, MAX(seq) FROM outbox WHERE entity = ? AND entity_id NOT IN (" + RefusedPromises.IDS
                            + ") GROUP BY entity_id ORDER BY MIN(seq) LIMIT ?")) {
                ResultSet rows = Statements.bind(select, Outbox.PROMISE, limit).executeQuery();
                while (rows.next()) {
                    heads.add(new String[] {rows.getString(1), Long.toString(rows.getLong(2))});
                }
            }
            List<PendingPush> pushes = new ArrayList<>();
            try (PendingPushReader reader = new PendingPushReader(connection)) {
                for (String[] head : heads) {
                    pushes.add(reader.pending(head[0], Long.parseLong(head[1])));
                }
            }
            return pushes;
        });
    }

    /** Records the server's answers for one pushed batch, in one transaction. */
    public void acknowledge(List<PushAck> acks) {
        acknowledge(acks, List.of());
    }

    /**
     * Records the server's answers for one pushed batch and the promises it refused (their
     * outbox entries stay, no longer pushed), in one transaction.
     */
    public void acknowledge(List<PushAck> acks, List<UUID> refusedPromises) {
        transactions.write("record the answers of the central store", connection -> {
            RefusedPromises.markIn(connection, refusedPromises, clock.instant());
            for (PushAck ack : acks) {
                String id = ack.promiseId().toString();
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM outbox WHERE entity = ? AND entity_id = ? AND seq <= ?")) {
                    Statements.bind(delete, Outbox.PROMISE, id, ack.upToOutboxSeq()).executeUpdate();
                }
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM pending_resolution WHERE promise_id = ?")) {
                    Statements.bind(delete, id).executeUpdate();
                }
                if (ack.accepted()) {
                    ServerVersions.put(connection, id, ack.serverVersion(), clock.instant());
                }
            }
            return null;
        });
    }

    /** Applies one pulled page and its cursor in one transaction: all of it or none. */
    public Applied applyPulled(PulledPage page) {
        return transactions.write("apply the changes pulled from the central store", connection -> {
            int applied = 0;
            int keptLocal = 0;
            String now = SqlValues.text(clock.instant());
            try (PulledPromiseWriter writer = new PulledPromiseWriter(connection)) {
                List<String> ids = page.promises().stream().map(p -> p.promise().id().toString()).toList();
                Map<String, PulledPromiseWriter.Local> locals = writer.locals(ids);
                for (SyncedPromise synced : page.promises()) {
                    String id = synced.promise().id().toString();
                    PulledPromiseWriter.Local local = locals.getOrDefault(id, PulledPromiseWriter.NEW);
                    if (local.pending()) {
                        // The local edit wins here; its push will meet this version and keep both as a conflict.
                        keptLocal++;
                    } else if (local.serverVersion() < synced.version()) {
                        locals.put(id, writer.write(synced.promise(), local, synced.version(), now));
                        applied++;
                    }
                }
            }
            for (Conflict conflict : page.conflicts()) {
                ConflictRepository.putIn(connection, conflict);
            }
            requests.applyIn(connection, page.requests());
            // After the promises: the milestones and marks of a promise new here need its row.
            List<String> notices = SyncHistory.applyIn(connection, page.history());
            List<String> newCatalogs = new ArrayList<>();
            for (SyncedCatalog catalog : page.catalogs()) {
                try {
                    if (catalogs.importIn(connection, catalog.catalog(), catalog.sourceText())) {
                        newCatalogs.add(catalog.catalog().version());
                    }
                } catch (StoreException e) {
                    // Checked before any write; a local import under the same version keeps its text.
                    LOG.warn("Kept the local catalog: {}", e.getMessage());
                }
            }
            if (page.bookings() != null) {
                TeamBookingsRepository.replaceIn(connection, page.bookings());
            }
            SyncCursor.advanceIn(connection, page.cursor());
            if (page.last()) {
                SyncCursor.roundEndedIn(connection, clock.instant());
            }
            return new Applied(applied, keptLocal, page.conflicts().size(), newCatalogs, notices);
        });
    }

    /** The server version the local copy of a promise is based on; 0 when never synced. */
    public long serverVersion(UUID promiseId) {
        return transactions.read("read the server version of " + promiseId,
                connection -> ServerVersions.in(connection, promiseId.toString()));
    }

    private Optional<String> setting(String key) {
        return transactions.read("read the sync setting " + key, connection -> SyncSettings.in(connection, key));
    }
}
