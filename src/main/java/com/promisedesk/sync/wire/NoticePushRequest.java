package com.promisedesk.sync.wire;

import java.util.List;

/** {@code POST /v1/notices}: issued customer notices, stored in one transaction. */
public record NoticePushRequest(List<NoticeUpload> notices) {
}
