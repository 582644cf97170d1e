package com.promisedesk.desk;

import com.promisedesk.check.LineCheck;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.RiskKind;
import com.promisedesk.domain.RiskReason;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import java.time.LocalDate;
import java.util.List;

/**
 * The reasons a notice is drafted from: the promise's at-risk reasons as Today judges them (a
 * catalog that judges a line worse, a line or milestone overdue, a customer responsibility
 * overdue; decision 0027), each line with the day it can honestly be delivered if we start now.
 * Reads the store: call it off the FX thread.
 */
public final class NoticeReasons {

    private NoticeReasons() {
    }

    /** Today's reasons for {@code promise} (none when it is not at risk), each line with its honest day. */
    public static List<RiskReason> of(LocalStore store, Judging judging, Promise promise, LocalDate today,
                                      java.time.ZoneId zone) {
        return new TodayDesk(store, TodayDesk.NoticesSent.NONE, zone).reasonsFor(judging, promise, today).stream()
                .map(reason -> dated(reason, judging, promise, today)).toList();
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
