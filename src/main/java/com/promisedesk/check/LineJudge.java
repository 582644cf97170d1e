package com.promisedesk.check;

import com.promisedesk.domain.ApprovalPolicy;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Rules 1 and 8: runs the rules over one line and combines what they found into its verdict. */
final class LineJudge {

    private final ApprovalPolicy policy;
    private final List<LineRule> rules;

    LineJudge(ApprovalPolicy policy) {
        this.policy = policy;
        this.rules = List.of(new AvailabilityRule(), new LeadTimeRule(policy.underPromise()), new QuantityRule(),
                new TermRule(policy), new CapacityRule(policy.capacityTier()), new OrderRule());
    }

    LineCheck judge(PromiseFrame frame, int index) {
        LineContext line = frame.line(index);
        if (line == null) {
            return outsideCatalog(frame, index);
        }
        List<Finding> findings = new ArrayList<>();
        for (LineRule rule : rules) {
            rule.judge(line, findings);
        }
        return combine(index, line.standardDate(), findings);
    }

    /** Rule 1: a bespoke line or an unknown code; no lead time, so no date to suggest. */
    private LineCheck outsideCatalog(PromiseFrame frame, int index) {
        CommitmentLine line = frame.promise().lines().get(index);
        int tier = policy.bespokeTier();
        String what = line.isBespoke()
                ? "\"" + line.bespoke() + "\" is bespoke, not in the catalog"
                : "\"" + line.capability() + "\" is not a capability of the catalog";
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.needsApproval(tier, what + "; it needs tier " + tier + " approval before we promise it."));
        if (line.date() != null && line.date().isBefore(frame.start())) {
            findings.add(Finding.notDeliverable(null, frame.tooEarly(line.date()) + "."));
        }
        return combine(index, null, findings);
    }

    /** Rule 8: the worst finding decides; every finding that fired is a reason; the latest suggestion wins. */
    static LineCheck combine(int index, LocalDate standardDate, List<Finding> findings) {
        Finding worst = null;
        LocalDate suggestion = standardDate;
        List<String> reasons = new ArrayList<>();
        List<String> reassurances = new ArrayList<>();
        boolean dateAdvice = false;
        for (Finding finding : findings) {
            dateAdvice |= finding.verdict() != Verdict.STANDARD && finding.suggestedDate() != null;
            if (worst == null || finding.severity() > worst.severity()) {
                worst = finding;
            }
            if (finding.suggestedDate() != null && (suggestion == null || finding.suggestedDate().isAfter(suggestion))) {
                suggestion = finding.suggestedDate();
            }
            if (finding.reason() != null) {
                (finding.quiet() ? reassurances : reasons).add(finding.reason());
            }
        }
        Verdict verdict = worst == null ? Verdict.STANDARD : worst.verdict();
        Integer tier = verdict == Verdict.NEEDS_APPROVAL ? worst.tier() : null;
        return new LineCheck(index, verdict, tier, suggestion, reasons.isEmpty() ? reassurances : reasons, dateAdvice);
    }
}
