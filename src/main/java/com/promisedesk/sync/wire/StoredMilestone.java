package com.promisedesk.sync.wire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** {@code GET /v1/milestones?promise=ID}: a milestone's current state and how many updates it has had. */
public record StoredMilestone(UUID id, int position, String text, LocalDate due, boolean done, Instant updatedAt,
                              int updates) {
}
