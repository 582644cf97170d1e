package com.promisedesk.check;

import static com.promisedesk.check.CatalogMaker.capability;
import static com.promisedesk.check.CatalogMaker.catalog;
import static com.promisedesk.check.PromiseMaker.TODAY;
import static com.promisedesk.check.PromiseMaker.day;
import static com.promisedesk.check.PromiseMaker.line;
import static com.promisedesk.check.PromiseMaker.promise;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Responsibility;
import com.promisedesk.domain.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules 6 and 7. S = Mon 23 Nov 2026; lead times 0 and a wide slack, so only capacity and order speak. */
class CapacityAndOrderRuleTest {

    private static final LocalDate START = day("2026-11-23");
    private static final LocalDate THU_WEEK_49 = day("2026-12-03");
    private final PromiseChecker checker = new PromiseChecker(catalog().underPromise(25, 200)
            .with(capability("ONB").name("Onboarding").leadTime(0).perWeek(4),
                    capability("A").name("Analytics").leadTime(0).requires("B", 5),
                    capability("B").name("Data feed").leadTime(0).requires("C", 5),
                    capability("C").name("Connector").leadTime(0),
                    capability("SSO").name("Single sign-on").leadTime(0).customerSupplies("SSO metadata (SAML XML)", 10),
                    capability("X").leadTime(0).requires("Y", 2),
                    capability("Y").leadTime(0).requires("X", 2))
            .build());

    private static TeamBookings booked(int units) {
        return new TeamBookings(Map.of(TeamBookings.Key.of("ONB", THU_WEEK_49), units));
    }

    @Test
    void capacityExactlyFullIsStandardAndOneOverNeedsTheCapacityTier() {
        LineCheck full = checker.check(promise(START, line("ONB", 1, THU_WEEK_49)), booked(3), TODAY).lines().get(0);
        LineCheck over = checker.check(promise(START, line("ONB", 2, THU_WEEK_49)), booked(3), TODAY).lines().get(0);
        assertThat(full.verdict()).isEqualTo(Verdict.STANDARD);
        assertThat(over.verdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(over.tier()).isEqualTo(2);
        assertThat(over.reasons()).containsExactly("The team can start 4 units of Onboarding a week; week 49 of 2026"
                + " would have 5 (2 units in this promise and 3 units the team has booked), which needs tier 2 approval;"
                + " the week still has room for 1 unit.");
    }

    @Test
    void capacitySumsThisPromisesLinesOfTheSameWeekOnly() {
        PromiseCheck sameWeek = checker.check(promise(START, line("ONB", 2, day("2026-11-30")),
                line("ONB", 2, THU_WEEK_49), line("ONB", 4, day("2026-12-07"))), booked(1), TODAY);
        assertThat(sameWeek.lines()).extracting(LineCheck::verdict)
                .containsExactly(Verdict.NEEDS_APPROVAL, Verdict.NEEDS_APPROVAL, Verdict.STANDARD);
    }

    @Test
    void aLineWithoutDateIsBookedAtItsStandardDate() {
        PromiseChecker threeDays = new PromiseChecker(catalog().with(capability("ONB").leadTime(3).perWeek(4)).build());
        Promise promise = promise(START, line("ONB", 2, null), line("ONB", 1, THU_WEEK_49),
                CommitmentLine.bespoke("Custom depot report", null));

        // E = three business days after Mon 23 Nov: Thu 26 Nov.
        assertThat(threeDays.promisedDates(promise)).containsExactly(day("2026-11-26"), THU_WEEK_49, null);
        // And the undated line counts in that week, as the rep's own check counts it.
        LineCheck undated = threeDays.check(promise, new TeamBookings(Map.of(TeamBookings.Key.of("ONB",
                day("2026-11-26")), 3)), TODAY).lines().get(0);
        assertThat(undated.verdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
    }

    @Test
    void aChainOfThreeIsCheckedLinkByLink() {
        // C on Tue 1 Dec; B five business days later on Tue 8 Dec; A five more on Tue 15 Dec.
        PromiseCheck inOrder = checker.check(promise(START, line("A", day("2026-12-15")),
                line("B", day("2026-12-08")), line("C", day("2026-12-01"))), null, TODAY);
        assertThat(inOrder.lines()).extracting(LineCheck::verdict).containsOnly(Verdict.STANDARD);

        PromiseCheck aTooSoon = checker.check(promise(START, line("A", day("2026-12-14")),
                line("B", day("2026-12-08")), line("C", day("2026-12-01"))), null, TODAY);
        LineCheck a = aTooSoon.lines().get(0);
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_DELIVERABLE);
        assertThat(a.suggestedDate()).isEqualTo(day("2026-12-15"));
        assertThat(a.reasons()).containsExactly("Analytics needs Data feed delivered at least 5 business days earlier,"
                + " by Mon 7 Dec 2026, but Data feed is dated Tue 8 Dec 2026. The earliest date that works is Tue 15 Dec 2026.");
    }

    @Test
    void aRequiredCapabilityMissingFromThePromiseIsAWarning() {
        LineCheck b = checker.check(promise(START, line("B", day("2026-12-08"))), null, TODAY).lines().get(0);
        assertThat(b.verdict()).isEqualTo(Verdict.STANDARD);
        assertThat(b.reasons()).singleElement().asString().contains("Connector is not in this promise");
    }

    @Test
    void aCustomerRequirementBecomesAResponsibility() {
        PromiseCheck check = checker.check(promise(START, line("SSO", day("2026-12-07"))), null, TODAY);
        assertThat(check.lines().get(0).verdict()).isEqualTo(Verdict.STANDARD);
        assertThat(check.responsibilities())
                .containsExactly(new Responsibility("SSO metadata (SAML XML)", day("2026-11-23"), List.of(0)));
    }

    @Test
    void aResponsibilityDueBeforeTheStartCannotBeDelivered() {
        PromiseCheck check = checker.check(promise(START, line("SSO", day("2026-12-04"))), null, TODAY);
        LineCheck sso = check.lines().get(0);
        assertThat(sso.verdict()).isEqualTo(Verdict.NOT_DELIVERABLE);
        assertThat(sso.suggestedDate()).isEqualTo(day("2026-12-07"));
        assertThat(check.responsibilities()).extracting(Responsibility::due).containsExactly(day("2026-11-20"));
    }

    @Test
    void aWeekendStartCountsFromTheFirstBusinessDay() {
        // S = Sat 21 Nov: ten business days before Mon 7 Dec is Mon 23 Nov, on or after S.
        LineCheck sso = checker.check(promise(day("2026-11-21"), line("SSO", day("2026-12-04"))), null, TODAY).lines().get(0);
        assertThat(sso.suggestedDate()).isEqualTo(day("2026-12-07"));
        LineCheck taken = checker.check(promise(day("2026-11-21"), line("SSO", sso.suggestedDate())), null, TODAY).lines().get(0);
        assertThat(taken.verdict()).isEqualTo(Verdict.STANDARD);
    }

    @Test
    void aRequirementCycleIsNamedAsACatalogMistake() {
        PromiseCheck check = checker.check(promise(START, line("X", day("2026-12-01")), line("Y", day("2026-12-01"))), null, TODAY);
        assertThat(check.lines()).extracting(LineCheck::verdict).containsOnly(Verdict.NOT_DELIVERABLE);
        assertThat(check.lines().get(0).reasons()).anyMatch(r -> r.contains("require each other"));
    }
}
