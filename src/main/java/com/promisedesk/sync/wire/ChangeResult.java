package com.promisedesk.sync.wire;

import java.util.UUID;

/**
 * What became of one pushed change.
 *
 * @param outcome    {@link #APPLIED}, {@link #DUPLICATE} (applied before; this is the first answer again),
 *                   {@link #CONFLICT} (stored beside the current version; both kept) or {@link #REFUSED}
 *                   (the promise id is not the rep's: nothing of this change is stored)
 * @param version    the server version the promise has after the change (for a conflict: the current one;
 *                   0 when refused)
 * @param conflictId the conflict stored for it, when the outcome is a conflict
 */
public record ChangeResult(UUID changeId, String outcome, long version, UUID conflictId) {

    public static final String APPLIED = "applied";
    public static final String DUPLICATE = "duplicate";
    public static final String CONFLICT = "conflict";
    /**
     * The central store holds no promise of this rep under this id, and the id is taken: the
     * rest of the batch is applied, this change never will be (the same answer on every retry).
     */
    public static final String REFUSED = "refused";
}
