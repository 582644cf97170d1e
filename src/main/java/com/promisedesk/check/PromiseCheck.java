package com.promisedesk.check;

import com.promisedesk.domain.Responsibility;
import com.promisedesk.domain.Verdict;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The judgement of a whole promise (docs/checking.md, rule 9).
 *
 * @param verdict          the worst line's verdict; {@link Verdict#STANDARD} for a promise without lines
 * @param tier             the worst line's tier when the verdict is {@link Verdict#NEEDS_APPROVAL}, else {@code null}
 * @param approvers        the approver roles of that tier; empty otherwise
 * @param responsibilities the promise's own responsibilities, then those its lines' customer requirements create
 * @param blocksAgreement  the expectations that keep the promise from being agreed, in plain sentences
 */
public record PromiseCheck(Verdict verdict, Integer tier, List<String> approvers, List<LineCheck> lines,
                           List<Responsibility> responsibilities, List<String> blocksAgreement) {

    public PromiseCheck {
        approvers = List.copyOf(approvers);
        lines = List.copyOf(lines);
        responsibilities = List.copyOf(responsibilities);
        blocksAgreement = List.copyOf(blocksAgreement);
    }

    /**
     * Whether the check lets the promise become {@code AGREED}: nothing blocks agreement and
     * no line is {@code NOT_DELIVERABLE}. Lines that need approval do not block here: whether
     * their exception requests were decided is known to the store, not to the checker.
     */
    public boolean canBeAgreed() {
        return blocksAgreement.isEmpty() && lines.stream().noneMatch(l -> l.verdict() == Verdict.NOT_DELIVERABLE);
    }

    /** The lines that need approval (by index, from 0) and the tier each needs. */
    public Map<Integer, Integer> approvalTiers() {
        Map<Integer, Integer> tiers = new TreeMap<>();
        lines.stream().filter(l -> l.verdict() == Verdict.NEEDS_APPROVAL && l.tier() != null)
                .forEach(l -> tiers.put(l.index(), l.tier()));
        return tiers;
    }
}
