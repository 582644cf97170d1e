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
 * The reasons a notice is drafted from: the promise's at-risk reasons as Today judges them (a
 * catalog that judges a line worse, a line or milestone overdue, a customer responsibility
 * overdue; decision 0027), or, when Today finds none, the lines whose promised day passed
 * undelivered (each with the honest day the checker gives it now) and the milestones whose day
 * passed undone. Reads the store: call it off the FX thread.
 */
public final class NoticeReasons {

    private NoticeReasons() {
    }

    /** Today's reasons for {@code promise} when it is at risk; otherwise {@link #overdue}. */
    public static List<RiskReason> of(LocalStore store, Judging judging, Promise promise, LocalDate today,
                                      java.time.ZoneId zone) {
        List<RiskReason> atRisk = new TodayDesk(store, TodayDesk.NoticesSent.NONE, zone).reasonsFor(judging, promise, today);
        if (atRisk.isEmpty()) {
            return overdue(store, judging, promise, today);
        }
        return atRisk.stream().map(reason -> dated(reason, judging, promise, today)).toList();
    }

    /**
     * The reason with the honest day a customer is told: Today leaves an overdue line's new day out
     * (one more check per line, for a list that only names it), and judges a line a new catalog made
     * worse as of the day the promise was agreed; the notice gives the day the line can be delivered
     * if we start now. A line no date can mend keeps no day.
     */
    private static RiskReason dated(RiskReason reason, Judging judging, Promise promise, LocalDate today) {
        boolean mendable = reason.kind() == RiskKind.LINE_OVERDUE
                || reason.kind() == RiskKind.CATALOG_WORSE && reason.honestDate() != null;
        if (!mendable || reason.line() == null) {
            return reason;
        }
        return new RiskReason(reason.kind(), reason.line(), reason.milestone(), reason.responsibility(), reason.words(),
                reason.was(), honestDay(judging, promise, reason.line(), today));
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
