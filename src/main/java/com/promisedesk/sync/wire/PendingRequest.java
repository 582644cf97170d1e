package com.promisedesk.sync.wire;

import java.util.List;
import java.util.UUID;

/** {@code GET /v1/requests}: a line that needs the approval of the caller's role. */
public record PendingRequest(UUID promiseId, String rep, String customer, String title, int line, int tier,
                             List<String> approvers) {
}
