package com.promisedesk.sync.wire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One milestone update in {@code POST /v1/milestones}: the milestone's whole state after it.
 *
 * @param position  its number within the promise, from 1
 * @param updatedAt when the rep made the update, by the device's clock; the latest is the current state
 */
public record MilestoneUpdate(UUID changeId, UUID milestoneId, UUID promiseId, int position, String text, LocalDate due,
                              boolean done, Instant updatedAt) {
}
