package com.promisedesk.check;

import com.promisedesk.domain.Verdict;
import java.time.LocalDate;

/**
 * What one check found about a line.
 *
 * @param tier          set only for {@link Verdict#NEEDS_APPROVAL}
 * @param suggestedDate a date that clears this check, or {@code null} when no date would
 * @param reason        {@code null} for a finding that only bounds the suggested date
 * @param quiet         a reassurance shown only when nothing else is said about the line
 */
record Finding(Verdict verdict, Integer tier, LocalDate suggestedDate, String reason, boolean quiet) {

    static Finding note(String reason) {
        return new Finding(Verdict.STANDARD, null, null, reason, false);
    }

    static Finding reassurance(String reason) {
        return new Finding(Verdict.STANDARD, null, null, reason, true);
    }

    /**
     * Not a reason, only the earliest date a check that passes today would still allow, so
     * that the suggested date clears every check (rule 8), not only those that fired.
     */
    static Finding earliest(LocalDate date) {
        return new Finding(Verdict.STANDARD, null, date, null, true);
    }

    static Finding underPromise(LocalDate suggestion, String reason) {
        return new Finding(Verdict.UNDER_PROMISE, null, suggestion, reason, false);
    }

    static Finding needsApproval(int tier, String reason) {
        return new Finding(Verdict.NEEDS_APPROVAL, tier, null, reason, false);
    }

    static Finding notDeliverable(LocalDate suggestion, String reason) {
        return new Finding(Verdict.NOT_DELIVERABLE, null, suggestion, reason, false);
    }

    /** Worse findings rank higher; among approvals, the higher tier is worse (rule 8). */
    int severity() {
        return verdict.ordinal() * 1000 + (tier == null ? 0 : tier);
    }
}
