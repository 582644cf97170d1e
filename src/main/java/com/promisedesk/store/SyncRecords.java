package com.promisedesk.store;

import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.ExceptionRequest;
import com.promisedesk.domain.Promise;
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
     * One pulled page, applied with its cursor in one transaction.
     *
     * @param bookings the team's bookings, or null when this page does not carry them
     * @param last     whether this is the last page of the round
     */
    public record PulledPage(List<SyncedPromise> promises, List<Conflict> conflicts, List<SyncedCatalog> catalogs,
                             TeamBookings bookings, long cursor, boolean last, List<ExceptionRequest> requests) {

        public PulledPage {
            requests = requests == null ? List.of() : List.copyOf(requests);
        }

        public PulledPage(List<SyncedPromise> promises, List<Conflict> conflicts, List<SyncedCatalog> catalogs,
                          TeamBookings bookings, long cursor, boolean last) {
            this(promises, conflicts, catalogs, bookings, cursor, last, List.of());
        }

        /** The same page with the exception requests (and their decisions) it carries. */
        public PulledPage withRequests(List<ExceptionRequest> pulled) {
            return new PulledPage(promises, conflicts, catalogs, bookings, cursor, last, pulled);
        }
    }

    /**
     * What applying a page did.
     *
     * @param keptLocal promises not overwritten because they have local changes not yet pushed
     */
    public record Applied(int promises, int keptLocal, int conflicts, List<String> newCatalogs) {
    }
}
