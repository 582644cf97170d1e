package com.promisedesk.sync.wire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A milestone's current state in a pulled page: its update with the latest device time (decision 0025). */
public record PulledMilestone(long seq, UUID id, UUID promiseId, int position, String text, LocalDate due, boolean done,
                              Instant updatedAt) {
}
