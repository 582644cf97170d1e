package com.promisedesk.check;

import static com.promisedesk.check.CatalogMaker.capability;
import static com.promisedesk.check.CatalogMaker.catalog;
import static com.promisedesk.check.PromiseMaker.day;
import static com.promisedesk.check.PromiseMaker.line;
import static com.promisedesk.check.PromiseMaker.promise;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.DeliveryMark;
import com.promisedesk.domain.LineDelivery;
import com.promisedesk.domain.Milestone;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseKeeping;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.RiskKind;
import com.promisedesk.domain.RiskReason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each reason an agreed promise is at risk. Agreed on its start, Mon 2 Nov 2026; line 1 is
 * onboarding (lead time 10: E = Mon 16 Nov 2026) dated E, line 2 SSO set-up dated Mon 16 Nov, which
 * needs the customer's SSO metadata 5 business days before (due Mon 9 Nov).
 */
class PromiseRiskTest {

    private static final LocalDate AGREED = day("2026-11-02");
    private static final Catalog THEN = version("2026.11.1", catalog().with(capability("ONB").name("Onboarding"),
            capability("SSO").name("SSO set-up").customerSupplies("SSO metadata", 5)));
    private static final Promise PROMISE = promise(AGREED, line("ONB", day("2026-11-16")), line("SSO", day("2026-11-16")))
            .agreed(AGREED);

    private static Catalog version(String version, CatalogMaker maker) {
        Catalog built = maker.build();
        return new Catalog(version, built.published(), built.calendar(), built.policy(), built.capabilities());
    }

    private static PromiseRisk.Judge judge(Catalog catalog) {
        return new PromiseRisk.Judge(catalog, new PromiseChecker(catalog));
    }

    private static List<RiskReason> risks(Catalog now, List<DeliveryMark> marks, List<Milestone> milestones, LocalDate today) {
        PromiseChecker checker = new PromiseChecker(now);
        List<LineDelivery> lines = PromiseKeeping.of(PROMISE, checker.promisedDates(PROMISE), marks, milestones).lines();
        return PromiseRisk.of(PROMISE, judge(THEN), judge(now), lines, milestones, today);
    }

    private static List<RiskReason> risksOn(Catalog now, LocalDate today) {
        return risks(now, List.of(), List.of(), today);
    }

    @Test
    void nothingIsAtRiskUnderTheSameCatalogBeforeAnythingIsDue() {
        assertThat(risksOn(THEN, day("2026-11-05"))).isEmpty();
    }

    @Test
    void aCapabilityRetiredByTheCatalogInUsePutsItsLineAtRiskWithNoHonestDate() {
        Catalog retired = version("2026.11.2", catalog().with(capability("ONB").name("Onboarding")
                .status(CapabilityStatus.RETIRED), capability("SSO").name("SSO set-up").customerSupplies("SSO metadata", 5)));
        List<RiskReason> risks = risksOn(retired, day("2026-11-05"));
        assertThat(risks).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RiskKind.CATALOG_WORSE);
            assertThat(r.line()).isZero();
            assertThat(r.words()).startsWith("Line 1 (Onboarding): catalog 2026.11.2 judges it not deliverable,"
                    + " where catalog 2026.11.1 it was agreed under judged it standard.").contains("retired");
            assertThat(r.was()).isEqualTo(day("2026-11-16"));
            assertThat(r.honestDate()).isNull();
        });
    }

    @Test
    void aLongerLeadTimePutsItsLineAtRiskWithTheCheckersNewDate() {
        Catalog longer = version("2026.11.2", catalog().with(capability("ONB").name("Onboarding").leadTime(15),
                capability("SSO").name("SSO set-up").customerSupplies("SSO metadata", 5)));
        List<RiskReason> risks = risksOn(longer, day("2026-11-05"));
        assertThat(risks).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RiskKind.CATALOG_WORSE);
            assertThat(r.words()).contains("15 business days");
            assertThat(r.was()).isEqualTo(day("2026-11-16"));
            assertThat(r.honestDate()).isEqualTo(day("2026-11-23")); // 15 business days from Mon 2 Nov
        });
    }

    @Test
    void aCatalogThatJudgesALineWorseLeavesADeliveredLineAlone() {
        Catalog retired = version("2026.11.2", catalog().with(capability("ONB").name("Onboarding")
                .status(CapabilityStatus.RETIRED), capability("SSO").name("SSO set-up").customerSupplies("SSO metadata", 5)));
        List<DeliveryMark> delivered = List.of(DeliveryMark.delivered(0, day("2026-11-04"), Instant.parse("2026-11-04T10:00:00Z")));
        assertThat(risks(retired, delivered, List.of(), day("2026-11-05"))).isEmpty();
    }

    @Test
    void aLineWhoseDayPassedUndeliveredIsOverdue() {
        List<DeliveryMark> secondDelivered = List.of(DeliveryMark.delivered(1, day("2026-11-16"),
                Instant.parse("2026-11-16T10:00:00Z")));
        List<RiskReason> risks = risks(THEN, secondDelivered, List.of(), day("2026-11-20"));
        assertThat(risks).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RiskKind.LINE_OVERDUE);
            assertThat(r.line()).isZero();
            assertThat(r.words()).isEqualTo("Line 1 (Onboarding) was due Mon 16 Nov 2026 and is not delivered (4 days overdue)");
            assertThat(r.was()).isEqualTo(day("2026-11-16"));
        });
    }

    @Test
    void aMilestoneWhoseDayPassedUndoneIsOverdue() {
        List<Milestone> milestones = List.of(new Milestone("Kick-off", day("2026-11-03"), true),
                new Milestone("Data import", day("2026-11-05"), false), new Milestone("Training", day("2026-11-06"), false));
        List<RiskReason> risks = risks(THEN, List.of(), milestones, day("2026-11-06"));
        assertThat(risks).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RiskKind.MILESTONE_OVERDUE);
            assertThat(r.milestone()).isEqualTo(2);
            assertThat(r.words()).isEqualTo("Milestone 2 \"Data import\" was due Thu 5 Nov 2026 and is not done");
        });
    }

    @Test
    void anOverdueResponsibilityMovesItsLineByRuleSeven() {
        // Due Mon 9 Nov; on Wed 11 Nov the line needs 5 business days after it comes: Wed 18 Nov, 2 later.
        List<RiskReason> risks = risksOn(THEN, day("2026-11-11"));
        assertThat(risks).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RiskKind.RESPONSIBILITY_OVERDUE);
            assertThat(r.responsibility()).isZero();
            assertThat(r.line()).isEqualTo(1);
            assertThat(r.words()).isEqualTo("The customer's \"SSO metadata\" was due Mon 9 Nov 2026 and has not come:"
                    + " Line 2 (SSO set-up) moves from Mon 16 Nov 2026 to Wed 18 Nov 2026 (2 business days later)");
            assertThat(r.was()).isEqualTo(day("2026-11-16"));
            assertThat(r.honestDate()).isEqualTo(day("2026-11-18"));
        });
    }

    @Test
    void aPromiseNotAgreedOrOverIsNeverAtRisk() {
        PromiseChecker checker = new PromiseChecker(THEN);
        Promise kept = PROMISE.withStatus(PromiseStatus.KEPT);
        List<LineDelivery> lines = PromiseKeeping.of(kept, checker.promisedDates(kept), List.of(), List.of()).lines();
        assertThat(PromiseRisk.of(kept, judge(THEN), judge(THEN), lines, List.of(), day("2026-12-20"))).isEmpty();
    }
}
