package com.promisedesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One thing promised: a catalog capability or a bespoke item (exactly one of the two),
 * a quantity, an optional date (a line without one is promised at the standard date)
 * and promised terms by key.
 *
 * @param underPromiseReason why the rep keeps a line that promises less than we can do
 */
public record CommitmentLine(String capability, String bespoke, int quantity, LocalDate date,
                             Map<String, BigDecimal> terms, String underPromiseReason) {

    /**
     * Far above any real order, and low enough that the team's bookings of a week, summed over
     * thousands of lines, stay countable. The promise file, the central store and the editor share it.
     */
    public static final int MAX_QUANTITY = 1_000_000;

    public CommitmentLine {
        capability = Require.optionalText(capability);
        bespoke = Require.optionalText(bespoke);
        if ((capability == null) == (bespoke == null)) {
            throw new InvalidValueException(capability == null ? "capability" : "bespoke",
                    "a line names either a catalog capability or a bespoke item, not "
                            + (capability == null ? "neither" : "both"));
        }
        Require.atLeast(quantity, 1, "quantity");
        if (quantity > MAX_QUANTITY) {
            throw new InvalidValueException("quantity", String.format(java.util.Locale.ROOT,
                    "must be at most %,d, was %,d", MAX_QUANTITY, quantity));
        }
        terms = Require.map(terms);
        underPromiseReason = Require.optionalText(underPromiseReason);
    }

    public static CommitmentLine of(String capability, int quantity, LocalDate date) {
        return new CommitmentLine(capability, null, quantity, date, Map.of(), null);
    }

    public static CommitmentLine bespoke(String what, LocalDate date) {
        return new CommitmentLine(null, what, 1, date, Map.of(), null);
    }

    public boolean isBespoke() {
        return bespoke != null;
    }

    public CommitmentLine withDate(LocalDate newDate) {
        return new CommitmentLine(capability, bespoke, quantity, newDate, terms, underPromiseReason);
    }

    public CommitmentLine withQuantity(int newQuantity) {
        return new CommitmentLine(capability, bespoke, newQuantity, date, terms, underPromiseReason);
    }

    public CommitmentLine withTerms(Map<String, BigDecimal> newTerms) {
        return new CommitmentLine(capability, bespoke, quantity, date, newTerms, underPromiseReason);
    }
}
