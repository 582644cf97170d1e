package com.promisedesk.sync.wire;

import java.util.List;

/** The answer to {@code POST /v1/milestones}, one result per update in the order sent. */
public record MilestonePushResponse(List<MilestoneResult> results) {
}
