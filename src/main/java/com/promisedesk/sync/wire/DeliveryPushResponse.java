package com.promisedesk.sync.wire;

import java.util.List;
import java.util.UUID;

/** The answer to {@code POST /v1/deliveries}: per mark, {@code applied}, or {@code duplicate} when stored before. */
public record DeliveryPushResponse(List<Result> results) {

    /** What became of one mark. */
    public record Result(UUID changeId, String outcome) {
    }
}
