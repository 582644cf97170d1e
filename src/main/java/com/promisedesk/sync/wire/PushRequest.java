package com.promisedesk.sync.wire;

import java.util.List;

/** {@code POST /v1/push}: a batch of changes, applied in one transaction. */
public record PushRequest(List<Change> changes) {
}
