package com.promisedesk.sync.wire;

import java.util.List;

/** {@code POST /v1/requests}: a batch of a rep's new exception requests. */
public record RequestsPush(List<NewRequest> requests) {
}
