package com.promisedesk.domain;

import java.util.List;

/**
 * What the customer said they expect, in their words, linked to the lines that meet it.
 *
 * @param lines     indexes of the commitment lines that meet it
 * @param clarified the agreed wording, when {@code status} is {@link ExpectationStatus#CLARIFIED}
 */
public record Expectation(String text, List<Integer> lines, ExpectationStatus status, String clarified) {

    public Expectation {
        text = Require.text(text, "text");
        lines = Require.list(lines, "lines");
        lines.forEach(i -> Require.atLeast(i, 0, "lines"));
        status = status == null ? ExpectationStatus.OPEN : status;
        clarified = Require.optionalText(clarified);
        if (status == ExpectationStatus.CLARIFIED && clarified == null) {
            throw new InvalidValueException("clarified", "is required when the status is CLARIFIED");
        }
    }

    public static Expectation open(String text, List<Integer> lines) {
        return new Expectation(text, lines, ExpectationStatus.OPEN, null);
    }

    /** The wording both sides agreed on: the clarified one when there is one. */
    public String agreedText() {
        return clarified != null ? clarified : text;
    }
}
