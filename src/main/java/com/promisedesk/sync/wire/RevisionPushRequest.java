package com.promisedesk.sync.wire;

import java.util.List;

/** {@code POST /v1/revisions}: issued revisions, stored in one transaction. */
public record RevisionPushRequest(List<RevisionUpload> revisions) {
}
