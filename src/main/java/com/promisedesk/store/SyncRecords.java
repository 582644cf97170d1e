package com.promisedesk.store;

import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.DeliveryMark;
import com.promisedesk.domain.ExceptionRequest;
import com.promisedesk.domain.Milestone;
import com.promisedesk.domain.Promise;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The values a sync hands the local store and gets back from it. */
public final class SyncRecords {

    private SyncRecords() {
    }

    /**
     * One promise to push: its latest local state and every outbox entry it covers.
     *
     * @param changeId      the newest outbox entry's id
     * @param supersedes    the older entries' ids (pushed before, answer lost, or never pushed)
     * @param baseVersion   the server version the local copy is based on; 0 when never synced
     * @param resolves      conflicts resolved here, to be marked resolved with this change
     * @param upToOutboxSeq the newest outbox entry covered; entries up to it go once the server answers
     */
    public record PendingPush(UUID changeId, List<UUID> supersedes, UUID promiseId, long baseVersion, Promise promise,
                              List<UUID> resolves, long upToOutboxSeq) {
    }

    /**
     * The server's answer for one pushed promise.
     *
     * @param accepted      applied now or before; false when kept as a conflict
     * @param serverVersion the version the server holds after an accepted change
     */
    public record PushAck(UUID promiseId, long upToOutboxSeq, boolean accepted, long serverVersion) {
    }

    /** A promise as the server holds it, at its server version. */
    public record SyncedPromise(Promise promise, long version) {
    }

    /** A published catalog pulled down, with the text it was published as. */
    public record SyncedCatalog(Catalog catalog, String sourceText) {
    }

    /**
     * An issued revision pulled down, its bytes already checked against their SHA-256.
     *
     * @param fingerprint the summary's SHA-256 as printed on it (the local {@code sha256} column)
     */
    public record SyncedRevision(UUID promiseId, int number, Instant issuedAt, String format, String fingerprint,
                                 byte[] content) {
    }

    /** A milestone's current state on the central store: its update with the latest device time. */
    public record SyncedMilestone(UUID id, UUID promiseId, int position, Milestone milestone, Instant updatedAt) {
    }

    /** A delivery mark pulled down, under the change id it was recorded with. */
    public record SyncedMark(UUID changeId, UUID promiseId, DeliveryMark mark) {
    }

    /** The history a page carries for the rep's other devices (decision 0025). */
    public record History(List<SyncedRevision> revisions, List<SyncedMilestone> milestones, List<SyncedMark> marks,
                          List<NoticeRow> notices) {

        public static final History NONE = new History(List.of(), List.of(), List.of(), List.of());

        public History {
            revisions = List.copyOf(revisions);
            milestones = List.copyOf(milestones);
            marks = List.copyOf(marks);
            notices = List.copyOf(notices);
        }
    }

    /**
     * One pulled page, applied with its cursor in one transaction.
     *
     * @param bookings the team's bookings, or null when this page does not carry them
     * @param last     whether this is the last page of the round
     */
    public record PulledPage(List<SyncedPromise> promises, List<Conflict> conflicts, List<SyncedCatalog> catalogs,
                             TeamBookings bookings, long cursor, boolean last, List<ExceptionRequest> requests,
                             History history) {

        public PulledPage {
            requests = requests == null ? List.of() : List.copyOf(requests);
            history = history == null ? History.NONE : history;
        }

        public PulledPage(List<SyncedPromise> promises, List<Conflict> conflicts, List<SyncedCatalog> catalogs,
                          TeamBookings bookings, long cursor, boolean last) {
            this(promises, conflicts, catalogs, bookings, cursor, last, List.of(), History.NONE);
        }

        /** The same page with the exception requests (and their decisions) it carries. */
        public PulledPage withRequests(List<ExceptionRequest> pulled) {
            return new PulledPage(promises, conflicts, catalogs, bookings, cursor, last, pulled, history);
        }

        /** The same page with the revisions, milestones and delivery marks it carries. */
        public PulledPage withHistory(History pulled) {
            return new PulledPage(promises, conflicts, catalogs, bookings, cursor, last, requests, pulled);
        }
    }

    /**
     * What applying a page did.
     *
     * @param keptLocal promises not overwritten because they have local changes not yet pushed
     * @param notices   what the rep should know, such as a revision number this device holds with other content
     */
    public record Applied(int promises, int keptLocal, int conflicts, List<String> newCatalogs, List<String> notices) {
    }
}
