package com.promisedesk.desk;

import com.promisedesk.check.LineCheck;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.LineDelivery;
import com.promisedesk.domain.Milestone;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.RiskKind;
import com.promisedesk.domain.RiskReason;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reasons a notice is drafted from when no fuller at-risk judgement is at hand: the lines
 * whose promised day passed undelivered (each with the honest day the checker gives it now) and
 * the milestones whose day passed undone. The at-risk computation of the Today view (issue 19)
 * adds the catalog's and the customer's reasons; a notice takes any list of {@link RiskReason}.
 * Reads the store: call it off the FX thread.
 */
public final class NoticeReasons {

    private NoticeReasons() {
    }

    public static List<RiskReason> overdue(LocalStore store, Judging judging, Promise promise, LocalDate today) {
        List<RiskReason> reasons = new ArrayList<>();
        List<LocalDate> promised = judging.checker().promisedDates(promise);
        for (LineDelivery line : store.deliveries().keepingOf(promise, promised).lines()) {
            if (line.overdue(today)) {
                reasons.add(new RiskReason(RiskKind.LINE_OVERDUE, line.line(), null, null, "Line " + (line.line() + 1)
                        + " was due " + line.promised() + " and is not delivered", line.promised(),
                        honestDay(judging, promise, line.line(), today)));
            }
        }
        List<Milestone> milestones = store.milestones().milestonesOf(promise.id());
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            if (!m.done() && m.due().isBefore(today)) {
                reasons.add(new RiskReason(RiskKind.MILESTONE_OVERDUE, null, i + 1, null, "Milestone " + (i + 1)
                        + " was due " + m.due() + " and is not done", m.due(), null));
            }
        }
        return reasons;
    }

    /**
     * The earliest day the line can honestly be delivered now: the checker's suggestion for it
     * undated and judged as of today, as a draft is (nothing starts in the past). Null when the
     * checker finds it cannot be delivered at all.
     */
    static LocalDate honestDay(Judging judging, Promise promise, int index, LocalDate today) {
        CommitmentLine line = promise.lines().get(index);
        Promise asked = promise.withStatus(PromiseStatus.DRAFT).withLine(index, line.withDate(null));
        LineCheck check = judging.check(asked, today).lines().get(index);
        return check.verdict() == com.promisedesk.domain.Verdict.NOT_DELIVERABLE ? null : check.suggestedDate();
    }
}
