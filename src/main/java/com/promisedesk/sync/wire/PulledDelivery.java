package com.promisedesk.sync.wire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A delivery mark in a pulled page, under the change id it was recorded with (decision 0025). */
public record PulledDelivery(long seq, UUID changeId, UUID promiseId, Integer line, String kind, LocalDate on,
                             String reason, Instant recordedAt) {
}
