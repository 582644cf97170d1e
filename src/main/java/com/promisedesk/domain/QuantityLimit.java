package com.promisedesk.domain;

import java.util.Comparator;
import java.util.List;

/** How many units one line may promise: the standard maximum and larger ones with approval. */
public record QuantityLimit(int standard, List<Step> stretch) {

    public QuantityLimit {
        Require.atLeast(standard, 1, "maxQuantity.standard");
        stretch = Require.list(stretch, "maxQuantity.stretch").stream()
                .sorted(Comparator.comparingInt(Step::tier)).toList();
        for (int i = 0; i < stretch.size(); i++) {
            if (stretch.get(i).max() < standard) {
                throw new InvalidValueException("maxQuantity.stretch[" + i + "].max",
                        "must not be below the standard maximum " + standard + ", was " + stretch.get(i).max());
            }
        }
    }

    public static QuantityLimit of(int standard) {
        return new QuantityLimit(standard, List.of());
    }

    /** Possible with approval at {@code tier}: up to {@code max} units. */
    public record Step(int tier, int max) {
        public Step {
            Require.atLeast(tier, 1, "tier");
            Require.atLeast(max, 1, "max");
        }
    }
}
