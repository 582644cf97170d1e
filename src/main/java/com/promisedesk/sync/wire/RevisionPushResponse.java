package com.promisedesk.sync.wire;

import java.util.List;

/** The answer to {@code POST /v1/revisions}, one result per revision in the order sent. */
public record RevisionPushResponse(List<RevisionResult> results) {
}
