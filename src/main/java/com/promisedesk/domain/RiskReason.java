package com.promisedesk.domain;

import java.time.LocalDate;

/**
 * One reason an agreed promise is at risk, in words the rep can act on, and what it means for
 * a line's date: the day the customer holds us to ({@code was}) and the honest day the checker
 * gives now ({@code honestDate}; null when the line cannot be delivered at all, or when the
 * reason moves no line). A customer notice is drafted from these.
 *
 * @param line           the line it concerns (index from 0), or null
 * @param milestone      the milestone it concerns (position from 1), or null
 * @param responsibility the customer responsibility it concerns (index from 0), or null
 * @param words          the reason in the rep's words ("Onboarding: the catalog of 2026-12-01 retired it")
 */
public record RiskReason(RiskKind kind, Integer line, Integer milestone, Integer responsibility, String words,
                         LocalDate was, LocalDate honestDate) {
    public RiskReason {
        Require.present(kind, "kind");
        words = Require.text(words, "words");
    }
}
