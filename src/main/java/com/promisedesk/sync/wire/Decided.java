package com.promisedesk.sync.wire;

import java.time.Instant;

/**
 * One role's decision on an exception request, as the central store recorded it.
 *
 * @param approver the user who decided for the role
 * @param decision {@code APPROVED} or {@code REJECTED}
 * @param note     null when none was given
 */
public record Decided(String role, String approver, String decision, String note, Instant decidedAt) {
}
