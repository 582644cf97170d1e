package com.promisedesk.sync.wire;

import java.util.List;

/**
 * {@code GET /v1/pull?since=CURSOR&limit=N}: one page of what changed for this user since the cursor.
 *
 * @param cursor     the highest seq in this page (the {@code since} of the next call)
 * @param more       whether another page waits
 * @param bookings   the team's bookings, on the last page only (null on the others)
 * @param requests   the rep's exception requests whose state changed (made, or decided by a role)
 * @param revisions  issued revisions of the rep's promises; only when asked for with {@code history=1}
 * @param milestones milestones whose current state changed; only with {@code history=1}
 * @param deliveries delivery marks; only with {@code history=1}
 * @param notices    issued customer notices (again when marked sent); only with {@code history=1}
 */
public record PullResponse(List<PulledPromise> promises, List<PulledConflict> conflicts, List<PulledCatalog> catalogs,
                           List<Booking> bookings, long cursor, boolean more, List<ExceptionRequestState> requests,
                           List<PulledRevision> revisions, List<PulledMilestone> milestones,
                           List<PulledDelivery> deliveries, List<NoticeUpload> notices) {

    public PullResponse {
        promises = promises == null ? List.of() : promises;
        conflicts = conflicts == null ? List.of() : conflicts;
        catalogs = catalogs == null ? List.of() : catalogs;
        requests = requests == null ? List.of() : requests;
        revisions = revisions == null ? List.of() : revisions;
        milestones = milestones == null ? List.of() : milestones;
        deliveries = deliveries == null ? List.of() : deliveries;
        notices = notices == null ? List.of() : notices;
    }

    public PullResponse(List<PulledPromise> promises, List<PulledConflict> conflicts, List<PulledCatalog> catalogs,
                        List<Booking> bookings, long cursor, boolean more, List<ExceptionRequestState> requests) {
        this(promises, conflicts, catalogs, bookings, cursor, more, requests, List.of(), List.of(), List.of(), List.of());
    }

    public PullResponse(List<PulledPromise> promises, List<PulledConflict> conflicts, List<PulledCatalog> catalogs,
                        List<Booking> bookings, long cursor, boolean more) {
        this(promises, conflicts, catalogs, bookings, cursor, more, List.of());
    }

    /** The number of records in the page. */
    public int size() {
        return promises.size() + conflicts.size() + catalogs.size() + requests.size() + revisions.size()
                + milestones.size() + deliveries.size() + notices.size();
    }
}
