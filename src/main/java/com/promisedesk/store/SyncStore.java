package com.promisedesk.store;

import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.Promise;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import com.promisedesk.store.SyncRecords.Applied;
import com.promisedesk.store.SyncRecords.Conflict;
import com.promisedesk.store.SyncRecords.PendingPush;
import com.promisedesk.store.SyncRecords.PulledPage;
import com.promisedesk.store.SyncRecords.PushAck;
import com.promisedesk.store.SyncRecords.SyncedCatalog;
import com.promisedesk.store.SyncRecords.SyncedPromise;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device's side of sync: what to push, the server's answers, pulled pages with their
 * cursor (one transaction each), conflicts and their resolution, team bookings.
 */
public final class SyncStore {

    private static final Logger LOG = LoggerFactory.getLogger(SyncStore.class);

    private final Transactions transactions;
    private final PromiseRepository promises;
    private final CatalogRepository catalogs;
    private final ExceptionRequests requests;
    private final Clock clock;
    private final RevisionUploads revisionUploads;
    private final MilestoneUploads milestoneUploads;
    private final RefusedPromises refused;

    SyncStore(Transactions transactions, PromiseRepository promises, CatalogRepository catalogs,
              ExceptionRequests requests, Clock clock) {
        this.transactions = transactions;
        this.promises = promises;
        this.catalogs = catalogs;
        this.requests = requests;
        this.clock = clock;
        this.revisionUploads = new RevisionUploads(transactions);
        this.milestoneUploads = new MilestoneUploads(transactions);
        this.refused = new RefusedPromises(transactions);
    }

    /** Promises the central store refused (their id is another rep's); no longer pushed. */
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

    /** How many changes a round will push: each waiting promise once, each revision and milestone update. */
    public int pendingChanges() {
        return transactions.read("count the changes waiting to be synced", Outbox::pendingItemsIn);
    }

    public Optional<String> serverUrl() {
        return setting("server_url");
    }

    public void rememberServer(String url) {
        transactions.write("remember the central store " + url, connection -> {
            putSetting(connection, "server_url", url);
            return null;
        });
    }

    /** Exception requests: what to push, and where the pulled decisions go. */
    public ExceptionRequests requests() {
        return requests;
    }

    /** The last pulled feed seq; 0 before the first sync. */
    public long cursor() {
        return setting("cursor").map(Long::parseLong).orElse(0L);
    }

    public Optional<Instant> lastSyncAt() {
        return setting("last_sync_at").map(SqlValues::instant);
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
            try (PendingReader reader = new PendingReader(connection)) {
                for (String[] head : heads) {
                    pushes.add(reader.pending(head[0], Long.parseLong(head[1])));
                }
            }
            return pushes;
        });
    }

    /** Reads what goes into each push of a batch, with statements prepared once for the batch. */
    private static final class PendingReader implements AutoCloseable {

        private final PreparedStatement changes;
        private final PreparedStatement resolutions;
        private final PreparedStatement serverVersion;
        private final PromiseReader promises;

        PendingReader(Connection connection) throws SQLException {
            changes = connection.prepareStatement(
                    "SELECT change_id FROM outbox WHERE entity = ? AND entity_id = ? AND seq <= ? ORDER BY seq");
            resolutions = connection.prepareStatement(
                    "SELECT conflict_id FROM pending_resolution WHERE promise_id = ? ORDER BY conflict_id");
            serverVersion = connection.prepareStatement(SERVER_VERSION);
            promises = new PromiseReader(connection);
        }

        PendingPush pending(String promiseId, long upTo) throws SQLException {
            List<UUID> changeIds = new ArrayList<>();
            try (ResultSet rows = Statements.bind(changes, Outbox.PROMISE, promiseId, upTo).executeQuery()) {
                while (rows.next()) {
                    changeIds.add(SqlValues.uuid(rows.getString(1)));
                }
            }
            UUID id = SqlValues.uuid(promiseId);
            Promise promise = promises.read(id).orElseThrow(() -> new StoreException(
                    "could not read promise " + promiseId + " to push it: it is no longer in the local store"));
            List<UUID> resolves = new ArrayList<>();
            try (ResultSet rows = Statements.bind(resolutions, promiseId).executeQuery()) {
                while (rows.next()) {
                    resolves.add(SqlValues.uuid(rows.getString(1)));
                }
            }
            long version;
            try (ResultSet rows = Statements.bind(serverVersion, promiseId).executeQuery()) {
                version = rows.next() ? rows.getLong(1) : 0;
            }
            UUID newest = changeIds.get(changeIds.size() - 1);
            return new PendingPush(newest, changeIds.subList(0, changeIds.size() - 1), id, version, promise, resolves,
                    upTo);
        }

        @Override
        public void close() throws SQLException {
            try (changes; resolutions; serverVersion; promises) {
                // closes them all, the first failure thrown with the others suppressed
            }
        }
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
                    putServerVersion(connection, id, ack.serverVersion());
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
                putConflict(connection, conflict);
            }
            requests.applyIn(connection, page.requests());
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
                replaceBookings(connection, page.bookings());
            }
            if (page.cursor() > cursorIn(connection)) {
                putSetting(connection, "cursor", Long.toString(page.cursor()));
            }
            if (page.last()) {
                putSetting(connection, "last_sync_at", SqlValues.text(clock.instant()));
            }
            return new Applied(applied, keptLocal, page.conflicts().size(), newCatalogs);
        });
    }

    /** How many conflicts wait for the rep to resolve them (not those resolved here and waiting to be pushed). */
    public int openConflicts() {
        return transactions.read("count the open conflicts", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT count(*) FROM sync_conflict WHERE status = 'open'");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** Conflicts not yet resolved on the server (open, or resolved here and waiting to be pushed), oldest first. */
    public List<Conflict> conflicts() {
        return transactions.read("list the conflicts", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, promise_id, status, base_version, base_doc, theirs_version, theirs_doc, yours_doc,"
                            + " created_at FROM sync_conflict WHERE status <> 'resolved' ORDER BY created_at, id")) {
                ResultSet rows = select.executeQuery();
                List<Conflict> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(new Conflict(SqlValues.uuid(rows.getString(1)), SqlValues.uuid(rows.getString(2)),
                            rows.getString(3), rows.getLong(4), rows.getString(5), rows.getLong(6), rows.getString(7),
                            rows.getString(8), SqlValues.instant(rows.getString(9))));
                }
                return found;
            }
        });
    }

    /**
     * Saves the rep's pick for a conflict as a local change based on the server's version
     * ("theirs"), to be pushed with the conflict marked resolved; one transaction.
     */
    public void resolve(UUID conflictId, Promise merged) {
        transactions.write("resolve conflict " + conflictId, connection -> {
            long theirs;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT promise_id, theirs_version FROM sync_conflict WHERE id = ? AND status <> 'resolved'")) {
                ResultSet rows = Statements.bind(select, conflictId.toString()).executeQuery();
                if (!rows.next()) {
                    throw new StoreException("could not resolve conflict " + conflictId + ": no open conflict has this id");
                }
                if (!rows.getString(1).equals(merged.id().toString())) {
                    throw new StoreException("could not resolve conflict " + conflictId + ": it is about promise "
                            + rows.getString(1) + ", not " + merged.id());
                }
                theirs = rows.getLong(2);
            }
            promises.saveIn(connection, merged);
            putServerVersion(connection, merged.id().toString(), theirs);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE sync_conflict SET status = 'resolving' WHERE id = ?")) {
                Statements.bind(update, conflictId.toString()).executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO pending_resolution (conflict_id, promise_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                Statements.bind(insert, conflictId.toString(), merged.id().toString()).executeUpdate();
            }
            return null;
        });
    }

    /** What the rest of the team had booked at the last sync. */
    public TeamBookings teamBookings() {
        return transactions.read("read the team's bookings", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT capability, iso_year, iso_week, quantity FROM team_booking")) {
                ResultSet rows = select.executeQuery();
                Map<TeamBookings.Key, Integer> booked = new HashMap<>();
                while (rows.next()) {
                    booked.put(new TeamBookings.Key(rows.getString(1), rows.getInt(2), rows.getInt(3)), rows.getInt(4));
                }
                return new TeamBookings(booked);
            }
        });
    }

    /** The server version the local copy of a promise is based on; 0 when never synced. */
    public long serverVersion(UUID promiseId) {
        return transactions.read("read the server version of " + promiseId,
                connection -> serverVersion(connection, promiseId.toString()));
    }

    private static final String SERVER_VERSION =
            "SELECT s.server_version FROM promise_sync s JOIN promise p ON p.key = s.promise_key WHERE p.id = ?";

    private static long serverVersion(Connection connection, String promiseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SERVER_VERSION)) {
            ResultSet rows = Statements.bind(select, promiseId).executeQuery();
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private void putServerVersion(Connection connection, String promiseId, long version) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO promise_sync (promise_key, server_version, synced_at)"
                        + " SELECT key, ?, ? FROM promise WHERE id = ?"
                        + " ON CONFLICT (promise_key) DO UPDATE SET server_version = excluded.server_version,"
                        + " synced_at = excluded.synced_at")) {
            Statements.bind(upsert, version, SqlValues.text(clock.instant()), promiseId).executeUpdate();
        }
    }

    private static void putConflict(Connection connection, Conflict c) throws SQLException {
        // A conflict resolved here stays "resolving" until the server says it is resolved.
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO sync_conflict (id, promise_id, status, base_version, base_doc, theirs_version, theirs_doc,"
                        + " yours_doc, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                        + " status = CASE WHEN sync_conflict.status = 'resolving' AND excluded.status = 'open'"
                        + " THEN 'resolving' ELSE excluded.status END")) {
            Statements.bind(upsert, c.id().toString(), c.promiseId().toString(), c.status(), c.baseVersion(), c.baseDoc(),
                    c.theirsVersion(), c.theirsDoc(), c.yoursDoc(), SqlValues.text(c.createdAt())).executeUpdate();
        }
    }

    private static void replaceBookings(Connection connection, TeamBookings bookings) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM team_booking")) {
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO team_booking (capability, iso_year, iso_week, quantity) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<TeamBookings.Key, Integer> b : bookings.booked().entrySet()) {
                Statements.bind(insert, b.getKey().capability(), b.getKey().isoYear(), b.getKey().isoWeek(), b.getValue())
                        .addBatch();
            }
            insert.executeBatch();
        }
    }

    private Optional<String> setting(String key) {
        return transactions.read("read the sync setting " + key, connection -> settingIn(connection, key));
    }

    private static Optional<String> settingIn(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM sync_setting WHERE key = ?")) {
            ResultSet rows = Statements.bind(select, key).executeQuery();
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }

    private static long cursorIn(Connection connection) throws SQLException {
        return settingIn(connection, "cursor").map(Long::parseLong).orElse(0L);
    }

    private static void putSetting(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO sync_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            Statements.bind(upsert, key, value).executeUpdate();
        }
    }
}
