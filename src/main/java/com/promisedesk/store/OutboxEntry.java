package com.promisedesk.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A local change waiting to be pushed. {@code changeId} makes a retried push apply once;
 * the payload is read from the entity's current row at push time.
 *
 * @param entity "promise"
 */
public record OutboxEntry(UUID changeId, String entity, String entityId, long entityVersion, Instant createdAt) {
}
