package com.promisedesk.sync.wire;

import java.util.List;

/**
 * {@code GET /v1/pull?since=CURSOR&limit=N}: one page of what changed for this user since the cursor.
 *
 * @param cursor   the highest seq in this page (the {@code since} of the next call)
 * @param more     whether another page waits
 * @param bookings the team's bookings, on the last page only (null on the others)
 */
public record PullResponse(List<PulledPromise> promises, List<PulledConflict> conflicts, List<PulledCatalog> catalogs,
                           List<Booking> bookings, long cursor, boolean more) {

    public PullResponse {
        promises = promises == null ? List.of() : promises;
        conflicts = conflicts == null ? List.of() : conflicts;
        catalogs = catalogs == null ? List.of() : catalogs;
    }

    /** The number of records in the page. */
    public int size() {
        return promises.size() + conflicts.size() + catalogs.size();
    }
}
