package com.promisedesk.sync.wire;

/**
 * {@code POST /v1/requests/{id}/decision}: an approver's decision for their role.
 *
 * @param decision {@code APPROVED} or {@code REJECTED}
 * @param note     why; required when rejecting
 */
public record DecisionBody(String decision, String note) {
}
