package com.promisedesk.check;

import com.promisedesk.domain.Verdict;
import java.time.LocalDate;
import java.util.List;

/**
 * The judgement of one commitment line.
 *
 * @param index         the line's position in the promise, from 0
 * @param tier          the approval tier when the verdict is {@link Verdict#NEEDS_APPROVAL}, else {@code null}
 * @param suggestedDate the earliest date that clears every date check; {@code null} for a line outside the catalog
 * @param reasons       what a rep can say aloud, one sentence or two each
 * @param dateAdvice    whether a finding about the line's date fired (availability, lead time, order, a date
 *                      passed or before the start, an under-promise): only then is the suggested date advice
 *                      to a person; a line found wanting only in its terms, quantity or capacity keeps its date
 */
public record LineCheck(int index, Verdict verdict, Integer tier, LocalDate suggestedDate, List<String> reasons,
                        boolean dateAdvice) {

    public LineCheck {
        reasons = List.copyOf(reasons);
    }
}
