package com.promisedesk.domain;

import java.util.Comparator;
import java.util.List;

/**
 * Business days from a promise's start to delivery: the standard, and the shorter
 * times that are possible with approval (each step names its tier and minimum).
 * Steps are kept sorted by tier.
 */
public record LeadTime(int standard, List<Step> stretch) {

    public LeadTime {
        Require.atLeast(standard, 0, "leadTime.standard");
        stretch = Require.list(stretch, "leadTime.stretch").stream()
                .sorted(Comparator.comparingInt(Step::tier)).toList();
        for (int i = 0; i < stretch.size(); i++) {
            Step step = stretch.get(i);
            if (step.min() > standard) {
                throw new InvalidValueException("leadTime.stretch[" + i + "].min",
                        "must not exceed the standard lead time " + standard + ", was " + step.min());
            }
        }
    }

    public static LeadTime of(int standard) {
        return new LeadTime(standard, List.of());
    }

    /** Possible with approval at {@code tier}: at least {@code min} business days. */
    public record Step(int tier, int min) {
        public Step {
            Require.atLeast(tier, 1, "tier");
            Require.atLeast(min, 0, "min");
        }
    }
}
