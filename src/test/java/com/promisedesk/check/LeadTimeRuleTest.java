package com.promisedesk.check;

import static com.promisedesk.check.CatalogMaker.capability;
import static com.promisedesk.check.CatalogMaker.catalog;
import static com.promisedesk.check.PromiseMaker.TODAY;
import static com.promisedesk.check.PromiseMaker.day;
import static com.promisedesk.check.PromiseMaker.line;
import static com.promisedesk.check.PromiseMaker.promise;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Better;
import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.LeadTime;
import com.promisedesk.domain.QuantityLimit;
import com.promisedesk.domain.Term;
import com.promisedesk.domain.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules 3 and 4. S = Mon 23 Nov 2026; 15 business days later, E = Mon 14 Dec 2026; slack 5 days: Mon 21 Dec.
 * Without a lead time, E is the first business day on or after S and the date is left to the other rules.
 */
class LeadTimeRuleTest {

    private static final LocalDate START = day("2026-11-23");
    private final PromiseChecker checker = new PromiseChecker(catalog()
            .with(capability("ONB").name("Standard onboarding")
                    .leadTime(15, new LeadTime.Step(1, 10), new LeadTime.Step(3, 7)))
            .build());

    private LineCheck check(CommitmentLine line) {
        return checker.check(promise(START, line), TeamBookings.none(), TODAY).lines().get(0);
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
        assertThat(long40.check(promise(START, line("BIG", bound)), null, TODAY).verdict()).isEqualTo(Verdict.STANDARD);
        assertThat(long40.check(promise(START, line("BIG", long40.calendar().add(bound, 1))), null, TODAY).verdict())
                .isEqualTo(Verdict.UNDER_PROMISE);
    }

    /** Capabilities without a lead time, next to ONB above: a support level, a payment term, and more. */
    private final PromiseChecker withoutLeadTime = new PromiseChecker(catalog()
            .with(capability("ONB").name("Standard onboarding").leadTime(15),
                    capability("SUP").name("Premium support").noLeadTime()
                            .term(new Term("responseHours", "First response", "h", Better.LOWER, new BigDecimal("8"),
                                    List.of(new Term.Step(2, new BigDecimal("4"))))),
                    capability("PAY").name("Payment terms").noLeadTime()
                            .term(new Term("paymentDays", "Payment due within", "days", Better.HIGHER,
                                    new BigDecimal("30"), List.of(new Term.Step(1, new BigDecimal("45"))))),
                    capability("NEW").name("Planned support").noLeadTime().planned(day("2026-12-02")),
                    capability("DOCS").name("Signed order").noLeadTime().customerSupplies("Purchase order", 3),
                    capability("SEATS").name("Extra seats").noLeadTime().maxQuantity(2, new QuantityLimit.Step(3, 4)),
                    capability("NA").name("US hotline").noLeadTime().regions("NA"),
                    capability("OLD").name("Old support").noLeadTime().status(CapabilityStatus.RETIRED))
            .build());

    /** Whether {@code reason} is one rules 3 or 4 give for a date against a lead time (see LeadTimeRule). */
    static boolean judgesALeadTime(String reason) {
        return reason.contains(" takes ") || reason.contains("standard date") || reason.contains("stand behind")
                || reason.contains("possible only with tier") || reason.contains("cannot be met, not even with approval");
    }

    private LineCheck checkWithoutLeadTime(LocalDate start, CommitmentLine line) {
        return withoutLeadTime.check(promise(start, line), TeamBookings.none(), TODAY).lines().get(0);
    }

    @ParameterizedTest(name = "{1} from {0}, dated {2}, {3} units, {4}: {5} {6} ({8})")
    @CsvSource({
            "2026-11-23, SUP,   ,           1, ,                  STANDARD,        , 2026-11-23, no date: promised at E, the start",
            "2026-11-23, SUP,   2026-11-23, 1, ,                  STANDARD,        , 2026-11-23, on the start",
            "2026-11-23, SUP,   2026-11-24, 1, ,                  STANDARD,        , 2026-11-23, the day after the start: no lead time to wait for",
            "2026-11-23, SUP,   2027-09-30, 1, ,                  STANDARD,        , 2026-11-23, ten months later: never an under-promise by its date",
            "2026-11-23, SUP,   2026-11-20, 1, ,                  NOT_DELIVERABLE, , 2026-11-23, before the start: nothing starts before we do",
            "2026-11-21, SUP,   ,           1, ,                  STANDARD,        , 2026-11-23, a Saturday start: E is the Monday",
            "2026-11-21, SUP,   2026-11-21, 1, ,                  STANDARD,        , 2026-11-23, dated on a Saturday start: rule 3 does not judge it",
            "2026-11-23, SUP,   ,           1, responseHours=4,   NEEDS_APPROVAL,  2, 2026-11-23, a better term still climbs its ladder",
            "2026-11-23, SUP,   2027-09-30, 1, responseHours=24,  UNDER_PROMISE,   , 2026-11-23, a loose term is still an under-promise",
            "2026-11-23, PAY,   ,           1, paymentDays=45,    NEEDS_APPROVAL,  1, 2026-11-23, a payment term at its tier 1 step",
            "2026-11-23, PAY,   ,           1, paymentDays=90,    NOT_DELIVERABLE, , 2026-11-23, a payment term beyond every step",
            "2026-11-23, NEW,   ,           1, ,                  STANDARD,        , 2026-12-02, planned: E is the day it becomes available",
            "2026-11-23, NEW,   2026-12-01, 1, ,                  NOT_DELIVERABLE, , 2026-12-02, planned: the day before it is available",
            "2026-11-23, NEW,   2027-06-01, 1, ,                  STANDARD,        , 2026-12-02, planned: long after it is available",
            "2026-11-23, DOCS,  2026-11-25, 1, ,                  NOT_DELIVERABLE, , 2026-11-26, the customer's purchase order would be due before the start",
            "2026-11-23, DOCS,  2026-11-26, 1, ,                  STANDARD,        , 2026-11-26, the purchase order is due on the start",
            "2026-11-23, SEATS, ,           3, ,                  NEEDS_APPROVAL,  3, 2026-11-23, the quantity ladder still works",
            "2026-11-23, NA,    ,           1, ,                  NOT_DELIVERABLE, , 2026-11-23, outside its region",
            "2026-11-23, OLD,   ,           1, ,                  NOT_DELIVERABLE, , 2026-11-23, retired"})
    void withoutALeadTimeOnlyTheOtherRulesJudge(LocalDate start, String code, LocalDate date, int quantity, String term,
                                                Verdict verdict, Integer tier, LocalDate suggestion, String why) {
        Map<String, BigDecimal> terms = term == null ? Map.of()
                : Map.of(term.split("=")[0], new BigDecimal(term.split("=")[1]));
        LineCheck check = checkWithoutLeadTime(start, new CommitmentLine(code, null, quantity, date, terms, null));
        assertThat(check.verdict()).as(why).isEqualTo(verdict);
        assertThat(check.tier()).as(why).isEqualTo(tier);
        assertThat(check.suggestedDate()).as(why).isEqualTo(suggestion);
        assertThat(check.reasons()).as(why).isNotEmpty().noneMatch(LeadTimeRuleTest::judgesALeadTime);
    }

    @Test
    void withoutALeadTimeTheReasonsSayWhyInWords() {
        LocalDate start = day("2026-11-23");
        assertThat(checkWithoutLeadTime(start, line("SUP", null)).reasons()).containsExactly(
                "No date was given, so Premium support is promised from Mon 23 Nov 2026, the first business day of the promise.");
        assertThat(checkWithoutLeadTime(start, line("NEW", null)).reasons()).containsExactly(
                "No date was given, so Planned support is promised from Wed 2 Dec 2026, the first business day it is available.");
        assertThat(checkWithoutLeadTime(start, line("SUP", day("2027-09-30"))).reasons()).containsExactly(
                "Premium support has no lead time; Thu 30 Sep 2027 is on or after the promise's start Mon 23 Nov 2026.");
        assertThat(checkWithoutLeadTime(start, line("SUP", day("2026-11-20"))).reasons()).containsExactly(
                "Fri 20 Nov 2026 is before the promise starts on Mon 23 Nov 2026; the earliest date is Mon 23 Nov 2026.");
    }

    @Test
    void withoutALeadTimeTheOrderRuleStillJudgesItAgainstWhatItRequires() {
        PromiseChecker checker = new PromiseChecker(catalog()
                .with(capability("ONB").name("Standard onboarding").leadTime(15),
                        capability("SUP").name("Premium support").noLeadTime().requires("ONB", 0))
                .build());
        LocalDate start = day("2026-11-23");
        PromiseCheck check = checker.check(promise(start, line("ONB", null), line("SUP", day("2026-12-01"))), null, TODAY);
        LineCheck support = check.lines().get(1);
        assertThat(support.verdict()).isEqualTo(Verdict.NOT_DELIVERABLE);
        assertThat(support.suggestedDate()).as("no earlier than onboarding on E").isEqualTo(day("2026-12-14"));
        assertThat(checker.check(promise(start, line("ONB", null), line("SUP", null)), null, TODAY).lines().get(1).verdict())
                .as("undated, it is promised at E = the start, before onboarding").isEqualTo(Verdict.NOT_DELIVERABLE);
        assertThat(checker.check(promise(start, line("ONB", null), line("SUP", day("2026-12-14"))), null, TODAY).lines().get(1)
                .verdict()).isEqualTo(Verdict.STANDARD);
    }

    @Test
    void countsAroundAGermanHolidayAndAClosure() {
        // From Mon 21 Dec 2026: 22, 23, (24 closed), (25 Christmas), 28, 29, 30.
        PromiseChecker germany = new PromiseChecker(catalog().country("DE").closed(day("2026-12-24"))
                .with(capability("ONB").leadTime(5, new LeadTime.Step(2, 3))).build());
        LocalDate start = day("2026-12-21");
        LineCheck onE = germany.check(promise(start, line("ONB", day("2026-12-30"))), null, TODAY).lines().get(0);
        LineCheck dayBefore = germany.check(promise(start, line("ONB", day("2026-12-29"))), null, TODAY).lines().get(0);
        assertThat(onE.verdict()).isEqualTo(Verdict.STANDARD);
        assertThat(dayBefore.verdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(dayBefore.tier()).isEqualTo(2);
        assertThat(dayBefore.suggestedDate()).isEqualTo(day("2026-12-30"));
    }
}
