package com.promisedesk.export;

import com.promisedesk.domain.CustomerConfirmation;
import com.promisedesk.domain.Milestone;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One printing of a promise's written summary (a preview, or an issued revision): the facts
 * of that printing that the promise itself does not hold.
 *
 * @param revision      the revision number; {@code null} for a preview that is not issued
 * @param date          the issue date printed in the header and footer, and the day the promise is judged
 *                      as of (T, docs/checking.md): a summary never promises a date that has passed
 * @param approvedLines indexes of lines whose exception requests were approved (the store knows, the checker does not)
 * @param rejectedLines indexes of lines whose exception requests were rejected: not included, like a line we
 *                      cannot deliver, and without a word of who decided or why
 * @param milestones    dated steps of delivery, when there are any
 * @param confirmation  the customer's confirmation of the read-back, not yet carried by a revision; {@code null} for none
 */
public record Printing(LocalDate date, Integer revision, Set<Integer> approvedLines, Set<Integer> rejectedLines,
                       List<Milestone> milestones, CustomerConfirmation confirmation) {

    public Printing {
        if (date == null) {
            throw new IllegalArgumentException("a printing needs a date");
        }
        approvedLines = approvedLines == null ? Set.of() : Set.copyOf(approvedLines);
        rejectedLines = rejectedLines == null ? Set.of() : Set.copyOf(rejectedLines);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** A printing that carries no confirmation of the customer's. */
    public Printing(LocalDate date, Integer revision, Set<Integer> approvedLines, Set<Integer> rejectedLines,
                    List<Milestone> milestones) {
        this(date, revision, approvedLines, rejectedLines, milestones, null);
    }

    /** A printing where no exception request was rejected. */
    public Printing(LocalDate date, Integer revision, Set<Integer> approvedLines, List<Milestone> milestones) {
        this(date, revision, approvedLines, Set.of(), milestones);
    }

    /** A preview on {@code date}: no revision number, nothing approved, no milestones. */
    public static Printing preview(LocalDate date) {
        return new Printing(date, null, Set.of(), List.of());
    }

    public Printing withRevision(int number) {
        return new Printing(date, number, approvedLines, rejectedLines, milestones, confirmation);
    }

    /** The same printing, carrying {@code customers}' confirmation of the read-back ({@code null}: none). */
    public Printing confirmedBy(CustomerConfirmation customers) {
        return new Printing(date, revision, approvedLines, rejectedLines, milestones, customers);
    }
}
