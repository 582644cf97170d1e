package com.promisedesk.check;

import static com.promisedesk.check.Wording.amount;

import com.promisedesk.domain.ApprovalPolicy;
import com.promisedesk.domain.Better;
import com.promisedesk.domain.Term;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rule 5 for terms: the same ladder as quantity, in the term's better direction, and a
 * term looser than standard by more than slackPercent is an under-promise.
 */
final class TermRule implements LineRule {

    private final ApprovalPolicy policy;

    TermRule(ApprovalPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void judge(LineContext line, List<Finding> findings) {
        // Sorted by key: the promised terms come as a map, and reasons must come in the same order everywhere.
        for (Map.Entry<String, BigDecimal> promised : new TreeMap<>(line.line().terms()).entrySet()) {
            Optional<Term> term = line.capability().term(promised.getKey());
            if (term.isEmpty()) {
                findings.add(Finding.needsApproval(policy.bespokeTier(), line.name() + " documents no term \""
                        + promised.getKey() + "\"; promising it needs tier " + policy.bespokeTier()
                        + " approval, like anything outside the catalog."));
            } else {
                judge(term.get(), promised.getValue(), findings);
            }
        }
    }

    private void judge(Term term, BigDecimal value, List<Finding> findings) {
        String promised = term.label() + " " + amount(value, term.unit());
        String standard = amount(term.standard(), term.unit());
        if (!term.isBetter(value, term.standard())) {
            if (isLoose(term, value)) {
                findings.add(Finding.underPromise(null, promised + " is looser than the standard " + standard
                        + " by more than " + policy.underPromise().slackPercent()
                        + "%, so we would promise less than we can do; offer " + standard + "."));
            }
            return;
        }
        for (Term.Step step : term.stretch()) {
            if (!term.isBetter(value, step.value())) {
                findings.add(Finding.needsApproval(step.tier(), promised + " is better than the standard " + standard
                        + " and needs tier " + step.tier() + " approval."));
                return;
            }
        }
        BigDecimal best = term.stretch().stream().map(Term.Step::value)
                .reduce(term.standard(), (a, b) -> term.isBetter(b, a) ? b : a);
        findings.add(Finding.notDeliverable(null, promised + " is better than we can offer, not even with approval"
                + " (the best is " + amount(best, term.unit()) + ")."));
    }

    private boolean isLoose(Term term, BigDecimal value) {
        int percent = policy.underPromise().slackPercent();
        if (term.better() == Better.LOWER) {
            return value.compareTo(term.standard().multiply(BigDecimal.valueOf(100L + percent)).movePointLeft(2)) > 0;
        }
        return value.compareTo(term.standard().multiply(BigDecimal.valueOf(100L - percent)).movePointLeft(2)) < 0;
    }
}
