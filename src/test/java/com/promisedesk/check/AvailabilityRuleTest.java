package com.promisedesk.check;

import static com.promisedesk.check.CatalogMaker.capability;
import static com.promisedesk.check.CatalogMaker.catalog;
import static com.promisedesk.check.PromiseMaker.TODAY;
import static com.promisedesk.check.PromiseMaker.day;
import static com.promisedesk.check.PromiseMaker.line;
import static com.promisedesk.check.PromiseMaker.promise;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules 1 and 2. S = Mon 23 Nov 2026, every lead time 5 business days (E = Mon 30 Nov 2026). */
class AvailabilityRuleTest {

    private static final LocalDate START = day("2026-11-23");
    private final PromiseChecker checker = new PromiseChecker(catalog().underPromise(25, 100)
            .with(capability("OLD").leadTime(5).status(CapabilityStatus.RETIRED),
                    capability("NEW").leadTime(5).planned(day("2027-01-12")),
                    capability("NA").leadTime(5).regions("NA"),
                    capability("LIM").name("Data migration").leadTime(5).status(CapabilityStatus.LIMITED))
            .build());

    private LineCheck check(String region, CommitmentLine line) {
        return checker.check(promise(START, region, List.of(line)), TeamBookings.none(), TODAY).lines().get(0);
    }

    @Test
    void aRetiredCapabilityCannotBeDelivered() {
        LineCheck check = check("EU", line("OLD", day("2026-12-01")));
        assertThat(check.verdict()).isEqualTo(Verdict.NOT_DELIVERABLE);
        assertThat(check.reasons()).anyMatch(r -> r.contains("retired"));
    }

    @Test
    void aPlannedCapabilityTheDayBeforeItIsAvailableCannotBeDelivered() {
        LineCheck check = check("EU", line("NEW", day("2027-01-11")));
        assertThat(check.verdict()).isEqualTo(Verdict.NOT_DELIVERABLE);
        assertThat(check.suggestedDate()).isEqualTo(day("2027-01-12"));
        assertThat(check.reasons().get(0)).startsWith("Capability NEW is planned and available from Tue 12 Jan 2027");
    }

    @Test
    void aPlannedCapabilityOnTheDayItIsAvailableIsStandard() {
        LineCheck check = check("EU", line("NEW", day("2027-01-12")));
        assertThat(check.verdict()).isEqualTo(Verdict.STANDARD);
        assertThat(check.suggestedDate()).isEqualTo(day("2027-01-12"));
    }

    @Test
    void aPlannedCapabilityWithoutADateIsPromisedWhenAvailable() {
        assertThat(check("EU", line("NEW", null)).suggestedDate()).isEqualTo(day("2027-01-12"));
    }

    @Test
    void aRegionMissCannotBeDelivered() {
        LineCheck check = check("EU", line("NA", day("2026-12-01")));
        assertThat(check.verdict()).isEqualTo(Verdict.NOT_DELIVERABLE);
        assertThat(check.reasons()).containsExactly("Capability NA is not offered in the customer's region EU, only in NA.");
        assertThat(check("NA", line("NA", day("2026-12-01"))).verdict()).isEqualTo(Verdict.STANDARD);
        assertThat(check(null, line("NA", day("2026-12-01"))).verdict()).as("no region given").isEqualTo(Verdict.STANDARD);
    }

    @Test
    void limitedAddsAReasonButNoWorseVerdict() {
        LineCheck check = check("EU", line("LIM", day("2026-12-01")));
        assertThat(check.verdict()).isEqualTo(Verdict.STANDARD);
        assertThat(check.reasons()).containsExactly(
                "Data migration is of limited availability: confirm it with Customer Success before promising it.");
    }

    @Test
    void aBespokeLineNeedsTheBespokeTierAndSuggestsNoDate() {
        LineCheck check = check("EU", CommitmentLine.bespoke("Custom export to the ERP", day("2027-01-29")));
        assertThat(check.verdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(check.tier()).isEqualTo(3);
        assertThat(check.suggestedDate()).isNull();
        assertThat(check.reasons()).containsExactly(
                "\"Custom export to the ERP\" is bespoke, not in the catalog; it needs tier 3 approval before we promise it.");
    }

    @Test
    void anUnknownCodeNeedsTheBespokeTier() {
        LineCheck check = check("EU", line("NOPE", day("2027-01-29")));
        assertThat(check.verdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(check.tier()).isEqualTo(3);
        assertThat(check.reasons().get(0)).contains("\"NOPE\" is not a capability of the catalog");
    }

    @Test
    void aBespokeLineBeforeTheStartCannotBeDelivered() {
        assertThat(check("EU", CommitmentLine.bespoke("Rush job", day("2026-11-20"))).verdict())
                .isEqualTo(Verdict.NOT_DELIVERABLE);
    }
}
