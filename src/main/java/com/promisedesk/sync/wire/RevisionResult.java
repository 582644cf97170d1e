package com.promisedesk.sync.wire;

import java.util.List;
import java.util.UUID;

/**
 * What became of one pushed revision.
 *
 * @param outcome    {@link #APPLIED}, {@link #DUPLICATE} (this change or these very bytes under this number were
 *                   stored before) or {@link #KEPT_BESIDE} (stored, but another content already had this number)
 * @param sameNumber the fingerprints of the other contents with this promise and number; empty when none
 */
public record RevisionResult(UUID changeId, String outcome, List<String> sameNumber) {

    public static final String APPLIED = "applied";
    public static final String DUPLICATE = "duplicate";
    public static final String KEPT_BESIDE = "kept_beside";
}
