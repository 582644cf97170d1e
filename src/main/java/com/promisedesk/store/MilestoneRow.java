package com.promisedesk.store;

import com.promisedesk.domain.Milestone;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored milestone of a promise.
 *
 * @param position its number within the promise, from 1, as the rep refers to it
 */
public record MilestoneRow(UUID id, UUID promiseId, int position, Milestone milestone, Instant updatedAt) {
}
