package com.promisedesk.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A conflict sync kept: the same promise changed on two devices, base, theirs and yours as
 * promise file JSON, for the rep to resolve field by field. Nothing is dropped silently.
 *
 * @param status   open, resolving (resolved here, not yet pushed) or resolved
 * @param baseDoc  null when the promise was new on both sides
 */
public record Conflict(UUID id, UUID promiseId, String status, long baseVersion, String baseDoc,
                       long theirsVersion, String theirsDoc, String yoursDoc, Instant createdAt) {
}
