package com.promisedesk.desk;

import com.promisedesk.domain.RiskReason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the rep's day holds (the Today view, {@code promisedesk today}): what is due or overdue
 * this week, the promises at risk and why, approval decisions that arrived since the rep last
 * saw the Approvals screen, the customers to update, and relationship touches. Touches are
 * reminders to the rep, never printed as promises. Each row names its promise, so the app can
 * open the place to act on it.
 *
 * @param day     the day it is for
 * @param weekEnd the last day of that day's week (Sunday): "this week" runs to it
 */
public record Today(LocalDate day, LocalDate weekEnd, List<Due> due, List<AtRisk> atRisk, List<Decision> decisions,
                    List<ToUpdate> toUpdate, List<Touch> touches) {

    public Today {
        due = List.copyOf(due);
        atRisk = List.copyOf(atRisk);
        decisions = List.copyOf(decisions);
        toUpdate = List.copyOf(toUpdate);
        touches = List.copyOf(touches);
    }

    /** What is due: a line to deliver, a milestone to do, or a customer's responsibility to chase. */
    public enum DueKind { LINE, MILESTONE, RESPONSIBILITY }

    /**
     * One thing due on or before the week's end and not yet delivered, done or moot.
     *
     * @param position the line's index from 0, the milestone's position from 1, or the responsibility's index from 0
     */
    public record Due(DueKind kind, UUID promiseId, String customer, String title, int position, String what,
                      LocalDate day, boolean overdue) {
    }

    /** An agreed promise at risk, with every reason. */
    public record AtRisk(UUID promiseId, String customer, String title, List<RiskReason> reasons) {
        public AtRisk {
            reasons = List.copyOf(reasons);
        }
    }

    /** An exception request decided (approved or rejected) since the rep last saw the approvals. */
    public record Decision(UUID requestId, UUID promiseId, String customer, String title, int line, boolean approved,
                           Instant decidedAt) {
    }

    /**
     * A customer to tell about an at-risk promise: no notice has been sent since it came at risk.
     *
     * @param since      when it came at risk, as far as the reasons say: the earliest day the customer was held
     *                   to that has passed, else the day itself (a catalog's news is news today)
     * @param lastNotice the last notice sent about it, before {@code since}; null when none was
     */
    public record ToUpdate(UUID promiseId, String customer, String title, LocalDate since, int reasons,
                           LocalDate lastNotice) {
    }

    /** A relationship touch: a reminder for the rep, not a promise. */
    public enum TouchKind { THANK_YOU, REPEAT_CUSTOMER, ANNIVERSARY }

    /** One touch, in words, for the customer of the promise it points at. */
    public record Touch(TouchKind kind, UUID promiseId, String customer, String words, LocalDate day) {
    }

    /** Nothing at all on the day. */
    public boolean isEmpty() {
        return due.isEmpty() && atRisk.isEmpty() && decisions.isEmpty() && toUpdate.isEmpty() && touches.isEmpty();
    }
}
