package com.promisedesk.sync.wire;

import java.util.List;

/** {@code POST /v1/milestones}: milestone updates, stored in one transaction. */
public record MilestonePushRequest(List<MilestoneUpdate> updates) {
}
