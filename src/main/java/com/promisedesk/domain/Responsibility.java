package com.promisedesk.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the customer must supply, by when, for which lines.
 *
 * @param due   optional; a responsibility without a date is due at the start
 * @param lines indexes of the commitment lines that move when it is late
 */
public record Responsibility(String text, LocalDate due, List<Integer> lines) {
    public Responsibility {
        text = Require.text(text, "text");
        lines = Require.list(lines, "lines");
        lines.forEach(i -> Require.atLeast(i, 0, "lines"));
    }
}
