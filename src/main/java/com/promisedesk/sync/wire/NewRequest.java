package com.promisedesk.sync.wire;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /v1/requests}: one exception request made on a device.
 *
 * @param id        made on the device once; a retried push applies it once
 * @param line      the line's position in the promise, from 0
 * @param approvers the roles the device's catalog names for the tier
 * @param reason    why the customer needs it
 */
public record NewRequest(UUID id, UUID promiseId, int line, RequestedLine requested, int tier, List<String> approvers,
                         String reason, Instant requestedAt) {
}
