package com.promisedesk.sync.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An exception request as the central store holds it: in a rep's pull feed, in an
 * approver's {@code GET /v1/requests} and as the answer to a decision.
 *
 * @param seq       where it sits in its rep's feed (pull only; null elsewhere)
 * @param rep       the rep who asked
 * @param customer  the promise's customer, as the server's current version names it
 * @param title     the promise's title, likewise
 * @param line      the line's position in the promise, from 0
 * @param status    PENDING, APPROVED or REJECTED
 * @param decisions every decision so far, oldest first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExceptionRequestState(Long seq, UUID id, UUID promiseId, String rep, String customer, String title, int line,
                           RequestedLine requested, int tier, List<String> approvers, String reason,
                           Instant requestedAt, String status, List<Decided> decisions) {

    public ExceptionRequestState {
        approvers = approvers == null ? List.of() : approvers;
        decisions = decisions == null ? List.of() : decisions;
    }

    /** The approver roles that have not decided yet. */
    public List<String> waitingFor() {
        List<String> waiting = new java.util.ArrayList<>(approvers);
        decisions.forEach(d -> waiting.remove(d.role()));
        return waiting;
    }
}
