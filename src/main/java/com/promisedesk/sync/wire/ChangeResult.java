package com.promisedesk.sync.wire;

import java.util.UUID;

/**
 * What became of one pushed change.
 *
 * @param outcome    {@link #APPLIED}, {@link #DUPLICATE} (applied before; this is the first answer again)
 *                   or {@link #CONFLICT} (stored beside the current version; both kept)
 * @param version    the server version the promise has after the change (for a conflict: the current one)
 * @param conflictId the conflict stored for it, when the outcome is a conflict
 */
public record ChangeResult(UUID changeId, String outcome, long version, UUID conflictId) {

    public static final String APPLIED = "applied";
    public static final String DUPLICATE = "duplicate";
    public static final String CONFLICT = "conflict";
}
