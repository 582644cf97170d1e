package com.promisedesk.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A line that needs approval, routed to the approver roles of its tier. It holds for the
 * line as it was requested ({@code requested}): once the line changes or is judged at
 * another tier, the request no longer covers it and the rep may request again.
 *
 * @param id          made on the device, once per request; a retried push applies it once
 * @param line        the line's position in the promise, from 0
 * @param requested   the line as it was when requested (without its under-promise reason)
 * @param reason      why the customer needs it, in the rep's words
 * @param status      {@link Decision#PENDING} until a role rejects or every role approves
 * @param decisions   what each role decided so far, oldest first: the audit trail
 */
public record ExceptionRequest(UUID id, UUID promiseId, int line, CommitmentLine requested, int tier,
                               List<String> approvers, String reason, Instant requestedAt, Decision status,
                               List<RoleDecision> decisions) {

    /** Longer reasons and notes are refused: they are read aloud, not filed. */
    public static final int MAX_TEXT = 2_000;

    public ExceptionRequest {
        Require.present(id, "id");
        Require.present(promiseId, "promiseId");
        Require.atLeast(line, 0, "line");
        Require.present(requested, "requested");
        requested = new CommitmentLine(requested.capability(), requested.bespoke(), requested.quantity(),
                requested.date(), requested.terms(), null);
        Require.atLeast(tier, 1, "tier");
        approvers = Require.list(approvers, "approvers");
        if (approvers.isEmpty()) {
            throw new InvalidValueException("approvers", "must name at least one approver role");
        }
        reason = Require.text(reason, "reason");
        if (reason.length() > MAX_TEXT) {
            throw new InvalidValueException("reason", "is " + reason.length() + " characters; at most " + MAX_TEXT);
        }
        Require.present(requestedAt, "requestedAt");
        status = status == null ? Decision.PENDING : status;
        decisions = Require.list(decisions, "decisions");
    }

    /** A new request for {@code line}, not yet decided by anyone. */
    public static ExceptionRequest of(UUID promiseId, int position, CommitmentLine line, int tier, List<String> approvers,
                                      String reason, Instant now) {
        return new ExceptionRequest(UUID.randomUUID(), promiseId, position, line, tier, approvers, reason, now,
                Decision.PENDING, List.of());
    }

    /** Whether this request is for {@code current} as it is now, judged at {@code currentTier}. */
    public boolean covers(CommitmentLine current, Integer currentTier) {
        return current != null && currentTier != null && currentTier == tier && sameLine(requested, current);
    }

    /** The approver roles that have not decided yet, in policy order. */
    public List<String> waitingFor() {
        List<String> waiting = new ArrayList<>(approvers);
        decisions.forEach(d -> waiting.remove(d.role()));
        return List.copyOf(waiting);
    }

    /** The status that {@code decisions} add up to: any rejection rejects; every role approving approves. */
    public static Decision outcome(List<String> approvers, List<RoleDecision> decisions) {
        if (decisions.stream().anyMatch(d -> d.decision() == Decision.REJECTED)) {
            return Decision.REJECTED;
        }
        boolean all = approvers.stream().allMatch(role -> decisions.stream()
                .anyMatch(d -> d.role().equals(role) && d.decision() == Decision.APPROVED));
        return all ? Decision.APPROVED : Decision.PENDING;
    }

    private static boolean sameLine(CommitmentLine a, CommitmentLine b) {
        if (!Objects.equals(a.capability(), b.capability()) || !Objects.equals(a.bespoke(), b.bespoke())
                || a.quantity() != b.quantity() || !Objects.equals(a.date(), b.date())
                || a.terms().size() != b.terms().size()) {
            return false;
        }
        // 4.5 and 4.50 are the same promised term.
        for (Map.Entry<String, BigDecimal> term : a.terms().entrySet()) {
            BigDecimal other = b.terms().get(term.getKey());
            if (other == null || other.compareTo(term.getValue()) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Where an exception request stands, and what one role decided. */
    public enum Decision { PENDING, APPROVED, REJECTED }

    /**
     * One role's decision, kept with who decided and when.
     *
     * @param approver the user who decided for the role
     * @param note     null when none was given
     */
    public record RoleDecision(String role, String approver, Decision decision, String note, Instant decidedAt) {

        public RoleDecision {
            role = Require.text(role, "role");
            approver = Require.text(approver, "approver");
            Require.present(decision, "decision");
            if (decision == Decision.PENDING) {
                throw new InvalidValueException("decision", "must be APPROVED or REJECTED");
            }
            note = Require.optionalText(note);
            Require.present(decidedAt, "decidedAt");
        }
    }
}
