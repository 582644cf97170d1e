package com.promisedesk.check;

import static com.promisedesk.check.CatalogMaker.capability;
import static com.promisedesk.check.CatalogMaker.catalog;
import static com.promisedesk.check.PromiseMaker.day;
import static com.promisedesk.check.PromiseMaker.line;
import static com.promisedesk.check.PromiseMaker.promise;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.LeadTime;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** T for an agreed promise: the day it was agreed, so its verdicts never change with the calendar. */
class JudgedAsOfTest {

    // ONB: 15 business days standard, 10 at tier 1; no holidays, so the days below are plain counting.
    private final PromiseChecker checker = new PromiseChecker(catalog()
            .with(capability("ONB").leadTime(15, new LeadTime.Step(1, 10))).build());
    private static final LocalDate START = day("2026-11-23");
    /** Two weeks after the start: the rep agreed the promise then. */
    private static final LocalDate AGREED_ON = day("2026-12-07");
    /**
     * 12 business days after the agreed day, 22 after the start: from the start it is later
     * than E (Mon 14 Dec) plus 5 days' slack, an under-promise; from the agreed day it is
     * within tier 1's 10 days but not the standard 15 (E = Mon 28 Dec).
     */
    private final Promise promise = promise(START, line("ONB", day("2026-12-23")));

    @Test
    void anAgreedPromiseIsJudgedAsOfTheDayItWasAgreedOnAnyLaterDay() {
        Promise agreed = promise.agreed(AGREED_ON);
        assertThat(PromiseChecker.judgedAsOf(agreed, AGREED_ON.plusYears(1))).isEqualTo(AGREED_ON);

        PromiseCheck onTheDay = checker.check(agreed, null, AGREED_ON);
        LineCheck line = onTheDay.lines().get(0);
        assertThat(line.verdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(line.tier()).isEqualTo(1);
        assertThat(line.suggestedDate()).isEqualTo(day("2026-12-28"));
        assertThat(checker.check(agreed, null, AGREED_ON.plusYears(1))).isEqualTo(onTheDay);
        assertThat(checker.check(agreed.withStatus(PromiseStatus.IN_DELIVERY), null, AGREED_ON.plusMonths(2)))
                .isEqualTo(onTheDay);
    }

    @Test
    void anAgreedPromiseWithoutItsAgreedDayIsJudgedAsOfItsStart() {
        Promise agreedLongAgo = promise.withStatus(PromiseStatus.AGREED);
        assertThat(agreedLongAgo.agreedOn()).isNull();
        assertThat(PromiseChecker.judgedAsOf(agreedLongAgo, AGREED_ON.plusYears(1))).isEqualTo(START);
        assertThat(checker.check(agreedLongAgo, null, AGREED_ON.plusYears(1)).lines().get(0).verdict())
                .isEqualTo(Verdict.UNDER_PROMISE);
    }

    @Test
    void aPromiseNotYetAgreedIsJudgedAsOfToday() {
        Promise reopened = promise.agreed(AGREED_ON).withStatus(PromiseStatus.READ_BACK);
        assertThat(reopened.agreedOn()).isNull();
        assertThat(PromiseChecker.judgedAsOf(reopened, AGREED_ON)).isEqualTo(AGREED_ON);
        assertThat(PromiseChecker.judgedAsOf(reopened, AGREED_ON.plusDays(3))).isEqualTo(AGREED_ON.plusDays(3));
    }
}
