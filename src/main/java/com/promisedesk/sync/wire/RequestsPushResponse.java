package com.promisedesk.sync.wire;

import java.util.List;
import java.util.UUID;

/** The answer to {@code POST /v1/requests}: one result per request, in the order sent. */
public record RequestsPushResponse(List<Result> results) {

    public static final String APPLIED = "applied";
    public static final String DUPLICATE = "duplicate";

    /**
     * @param outcome {@link #APPLIED}, or {@link #DUPLICATE} when the id was received before
     * @param status  where the request stands now: PENDING, APPROVED or REJECTED
     */
    public record Result(UUID id, String outcome, String status) {
    }
}
