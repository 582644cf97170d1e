package com.promisedesk.sync.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A change that was based on an older version than the server's: kept beside it.
 *
 * @param status      {@code open} or {@code resolved}
 * @param base        the version both sides started from; null when the promise was new on both
 * @param theirs      the server's version the change met
 * @param yours       what the device pushed
 */
public record PulledConflict(long seq, UUID id, UUID promiseId, String status, long baseVersion, JsonNode base,
                             long theirsVersion, JsonNode theirs, JsonNode yours, Instant createdAt) {

    public static final String OPEN = "open";
    public static final String RESOLVED = "resolved";
}
