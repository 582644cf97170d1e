package com.promisedesk.domain;

import java.util.List;
import java.util.UUID;

/** A line that needs approval, routed to the approver roles of its tier. */
public record ExceptionRequest(UUID promiseId, int line, int tier, List<String> approvers, Decision decision) {

    public ExceptionRequest {
        Require.present(promiseId, "promiseId");
        Require.atLeast(line, 0, "line");
        Require.atLeast(tier, 1, "tier");
        approvers = Require.list(approvers, "approvers");
        decision = decision == null ? Decision.PENDING : decision;
    }

    /** Where an exception request stands. */
    public enum Decision { PENDING, APPROVED, REJECTED }
}
