package com.promisedesk.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * A promised service level, a number: its standard value and the better values
 * possible with approval, one per tier. Steps are kept sorted by tier.
 */
public record Term(String key, String label, String unit, Better better, BigDecimal standard, List<Step> stretch,
                   java.util.Map<Language, String> labels) {

    /** A term labelled in English only. */
    public Term(String key, String label, String unit, Better better, BigDecimal standard, List<Step> stretch) {
        this(key, label, unit, better, standard, stretch, java.util.Map.of());
    }

    /** The label in {@code language}: English always; another language only where the catalog translates it. */
    public java.util.Optional<String> labelIn(Language language) {
        return language == null || language == Language.EN ? java.util.Optional.of(label)
                : java.util.Optional.ofNullable(labels.get(language));
    }

    public Term {
        labels = labels == null ? java.util.Map.of() : java.util.Map.copyOf(labels);
        key = Require.text(key, "key");
        label = Require.text(label, "label");
        unit = Require.optionalText(unit);
        Require.present(better, "better");
        Require.present(standard, "standard");
        stretch = Require.list(stretch, "stretch").stream()
                .sorted(Comparator.comparingInt(Step::tier)).toList();
        for (int i = 0; i < stretch.size(); i++) {
            BigDecimal value = stretch.get(i).value();
            boolean worse = better == Better.LOWER ? value.compareTo(standard) > 0 : value.compareTo(standard) < 0;
            if (worse) {
                throw new InvalidValueException("stretch[" + i + "].value",
                        "must be better than the standard " + standard.toPlainString()
                                + " (better: " + better.name().toLowerCase(java.util.Locale.ROOT) + "), was "
                                + value.toPlainString());
            }
        }
    }

    /** {@code true} when {@code a} is strictly better for the customer than {@code b}. */
    public boolean isBetter(BigDecimal a, BigDecimal b) {
        return better == Better.LOWER ? a.compareTo(b) < 0 : a.compareTo(b) > 0;
    }

    /** Possible with approval at {@code tier}: a value as good as {@code value}. */
    public record Step(int tier, BigDecimal value) {
        public Step {
            Require.atLeast(tier, 1, "tier");
            Require.present(value, "value");
        }
    }
}
