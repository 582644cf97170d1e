package com.promisedesk.sync.wire;

import java.util.List;

/** The answer to a push: one result per change, in the order they were sent. */
public record PushResponse(List<ChangeResult> results) {
}
