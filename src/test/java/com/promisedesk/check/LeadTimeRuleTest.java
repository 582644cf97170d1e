package com.promisedesk.check;

import static com.promisedesk.check.CatalogMaker.capability;
import static com.promisedesk.check.CatalogMaker.catalog;
import static com.promisedesk.check.PromiseMaker.day;
import static com.promisedesk.check.PromiseMaker.line;
import static com.promisedesk.check.PromiseMaker.promise;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.LeadTime;
import com.promisedesk.domain.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules 3 and 4. S = Mon 23 Nov 2026; 15 business days later, E = Mon 14 Dec 2026; slack 5 days: Mon 21 Dec. */
class LeadTimeRuleTest {

    private static final LocalDate START = day("2026-11-23");
    private final PromiseChecker checker = new PromiseChecker(catalog()
            .with(capability("ONB").name("Standard onboarding")
                    .leadTime(15, new LeadTime.Step(1, 10), new LeadTime.Step(3, 7)))
            .build());

    private LineCheck check(CommitmentLine line) {
        return checker.check(promise(START, line), TeamBookings.none()).lines().get(0);
    }

    @ParameterizedTest(name = "{0}: {1} {2} ({3})")
    @CsvSource({
            "2026-12-14, STANDARD,        , exactly on E",
            "2026-12-11, NEEDS_APPROVAL,  1, one business day before E",
            "2026-12-12, NEEDS_APPROVAL,  1, the Saturday before E",
            "2026-12-07, NEEDS_APPROVAL,  1, exactly at the tier 1 minimum",
            "2026-12-04, NEEDS_APPROVAL,  3, one business day below the tier 1 minimum",
            "2026-12-02, NEEDS_APPROVAL,  3, exactly at the tier 3 minimum",
            "2026-12-01, NOT_DELIVERABLE, , below every minimum",
            "2026-11-20, NOT_DELIVERABLE, , before the start",
            "2026-12-19, STANDARD,        , a Saturday inside the slack",
            "2026-12-21, STANDARD,        , exactly at the slack bound",
            "2026-12-22, UNDER_PROMISE,   , one business day past the slack bound"})
    void judgesTheDate(LocalDate date, Verdict verdict, Integer tier, String why) {
        LineCheck check = check(line("ONB", date));
        assertThat(check.verdict()).as(why).isEqualTo(verdict);
        assertThat(check.tier()).as(why).isEqualTo(tier);
        assertThat(check.suggestedDate()).as("the suggestion is always E").isEqualTo(day("2026-12-14"));
        assertThat(check.reasons()).as(why).hasSize(1);
    }

    @Test
    void saysWhyInWordsARepCanSayAloud() {
        assertThat(check(line("ONB", day("2026-12-11"))).reasons()).containsExactly(
                "Standard onboarding takes 15 business days; the earliest date we can stand behind is Mon 14 Dec 2026."
                        + " Fri 11 Dec 2026 is possible only with tier 1 approval.");
        assertThat(check(line("ONB", day("2026-12-22"))).reasons().get(0))
                .startsWith("Tue 22 Dec 2026 is more than 5 business days after the standard date Mon 14 Dec 2026");
    }

    @Test
    void aLineWithoutADateIsPromisedAtE() {
        LineCheck check = check(line("ONB", null));
        assertThat(check.verdict()).isEqualTo(Verdict.STANDARD);
        assertThat(check.suggestedDate()).isEqualTo(day("2026-12-14"));
        assertThat(check.reasons()).containsExactly(
                "No date was given, so Standard onboarding is promised at the standard date Mon 14 Dec 2026.");
    }

    @Test
    void theSlackGrowsWithALongLeadTime() {
        // 40 × 25% = 10 business days of slack, more than the minimum of 5.
        PromiseChecker long40 = new PromiseChecker(catalog().with(capability("BIG").leadTime(40)).build());
        LocalDate e = long40.calendar().add(START, 40);
        LocalDate bound = long40.calendar().add(e, 10);
        assertThat(long40.check(promise(START, line("BIG", bound)), null).verdict()).isEqualTo(Verdict.STANDARD);
        assertThat(long40.check(promise(START, line("BIG", long40.calendar().add(bound, 1))), null).verdict())
                .isEqualTo(Verdict.UNDER_PROMISE);
    }

    @Test
    void countsAroundAGermanHolidayAndAClosure() {
        // From Mon 21 Dec 2026: 22, 23, (24 closed), (25 Christmas), 28, 29, 30.
        PromiseChecker germany = new PromiseChecker(catalog().country("DE").closed(day("2026-12-24"))
                .with(capability("ONB").leadTime(5, new LeadTime.Step(2, 3))).build());
        LocalDate start = day("2026-12-21");
        LineCheck onE = germany.check(promise(start, line("ONB", day("2026-12-30"))), null).lines().get(0);
        LineCheck dayBefore = germany.check(promise(start, line("ONB", day("2026-12-29"))), null).lines().get(0);
        assertThat(onE.verdict()).isEqualTo(Verdict.STANDARD);
        assertThat(dayBefore.verdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(dayBefore.tier()).isEqualTo(2);
        assertThat(dayBefore.suggestedDate()).isEqualTo(day("2026-12-30"));
    }
}
