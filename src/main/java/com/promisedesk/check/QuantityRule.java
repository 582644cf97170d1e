package com.promisedesk.check;

import static com.promisedesk.check.Wording.units;

import com.promisedesk.domain.QuantityLimit;
import java.util.List;

/** Rule 5 for quantity: within the standard maximum, within a stretch step, or beyond every step. */
final class QuantityRule implements LineRule {

    @Override
    public void judge(LineContext line, List<Finding> findings) {
        QuantityLimit limit = line.capability().maxQuantity();
        int quantity = line.line().quantity();
        if (limit == null || quantity <= limit.standard()) {
            return;
        }
        String asked = units(quantity) + " of " + line.name() + ": up to " + limit.standard() + " per line "
                + (limit.standard() == 1 ? "is" : "are") + " standard";
        for (QuantityLimit.Step step : limit.stretch()) {
            if (quantity <= step.max()) {
                findings.add(Finding.needsApproval(step.tier(), asked + "; " + quantity + " needs tier "
                        + step.tier() + " approval."));
                return;
            }
        }
        int most = limit.stretch().stream().mapToInt(QuantityLimit.Step::max).max().orElse(limit.standard());
        findings.add(Finding.notDeliverable(null, asked + ", and at most " + most
                + " even with approval; " + quantity + " cannot be delivered on one line."));
    }
}
