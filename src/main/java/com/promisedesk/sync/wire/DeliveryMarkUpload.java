package com.promisedesk.sync.wire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One delivery mark in {@code POST /v1/deliveries}, exactly as the device recorded it.
 *
 * @param changeId   the mark's identity everywhere: its outbox entry's id on the device that made it
 * @param line       the line's position in the promise, from 0; null when the customer withdrew the promise
 * @param kind       {@code DELIVERED}, {@code CANCELLED} or {@code WITHDRAWN}
 * @param reason     why, required for a cancellation or a withdrawal; null otherwise
 * @param recordedAt when the rep recorded it, by the device's clock
 */
public record DeliveryMarkUpload(UUID changeId, UUID promiseId, Integer line, String kind, LocalDate on, String reason,
                                 Instant recordedAt) {
}
