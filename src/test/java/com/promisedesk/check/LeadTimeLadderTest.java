package com.promisedesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Capability;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Verdict;
import com.promisedesk.store.CurrentCatalog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ladder picture must say what the checker says: every day's band is that day's verdict. */
class LeadTimeLadderTest {

    @Test
    void everyDayOfTheLadderIsJudgedAsItsBandSays() throws Exception {
        Catalog catalog = com.promisedesk.file.CatalogFile.parse(sampleCatalog(), "catalog.yaml");
        PromiseChecker checker = new PromiseChecker(catalog);
        LocalDate start = LocalDate.of(2026, 11, 23);
        for (Capability capability : catalog.capabilities()) {
            if (!capability.requires().isEmpty() || capability.status() == com.promisedesk.domain.CapabilityStatus.RETIRED
                    || !capability.regions().isEmpty()) {
                continue;
            }
            LeadTimeLadder ladder = LeadTimeLadder.of(capability, start, checker.calendar(),
                    catalog.policy().underPromise());
            for (LocalDate day = ladder.from(); day.isBefore(ladder.to()); day = day.plusDays(1)) {
                Promise promise = Promise.draft(new Customer("C", null, null), "T", start)
                        .withLines(List.of(CommitmentLine.of(capability.code(), 1, day)));
                Verdict verdict = checker.check(promise, TeamBookings.none(), PromiseMaker.TODAY).lines().get(0).verdict();
                Verdict expected = switch (ladder.kindOf(day)) {
                    case NOT_POSSIBLE -> Verdict.NOT_DELIVERABLE;
                    case APPROVAL -> Verdict.NEEDS_APPROVAL;
                    case STANDARD -> Verdict.STANDARD;
                    case UNDER_PROMISE -> Verdict.UNDER_PROMISE;
                };
                if (verdict == Verdict.NEEDS_APPROVAL && expected == Verdict.STANDARD) {
                    continue; // a term or capacity finding, not the date
                }
                assertThat(verdict).as("%s on %s", capability.code(), day).isEqualTo(expected);
            }
        }
    }

    @Test
    void aCapabilityWithoutALeadTimeHasNoLadderOnlyItsStandardDate() {
        Catalog catalog = CatalogMaker.catalog().with(CatalogMaker.capability("SUP").noLeadTime(),
                CatalogMaker.capability("NEW").noLeadTime().planned(LocalDate.of(2026, 12, 2))).build();
        PromiseChecker checker = new PromiseChecker(catalog);
        LocalDate saturday = LocalDate.of(2026, 11, 21);
        for (Capability capability : catalog.capabilities()) {
            LeadTimeLadder ladder = LeadTimeLadder.of(capability, saturday, checker.calendar(),
                    catalog.policy().underPromise());
            Promise undated = Promise.draft(new Customer("C", null, null), "T", saturday)
                    .withLines(List.of(CommitmentLine.of(capability.code(), 1, null)));
            assertThat(ladder.hasLeadTime()).isFalse();
            assertThat(ladder.bands()).isEmpty();
            assertThat(ladder.standardDate()).as("E, the suggestion of an undated line")
                    .isEqualTo(checker.check(undated, null, PromiseMaker.TODAY).lines().get(0).suggestedDate())
                    .isEqualTo(capability.code().equals("SUP") ? LocalDate.of(2026, 11, 23) : LocalDate.of(2026, 12, 2));
            for (LocalDate day = ladder.standardDate(); day.isBefore(ladder.standardDate().plusDays(400));
                    day = day.plusDays(7)) {
                Promise dated = undated.withLines(List.of(CommitmentLine.of(capability.code(), 1, day)));
                assertThat(checker.check(dated, null, PromiseMaker.TODAY).lines().get(0).verdict()).as("%s on %s", capability.code(), day)
                        .isEqualTo(Verdict.STANDARD);
                assertThat(ladder.kindOf(day)).isEqualTo(LeadTimeLadder.Kind.STANDARD);
            }
        }
    }

    private static String sampleCatalog() throws Exception {
        try (var in = LeadTimeLadderTest.class.getResourceAsStream(CurrentCatalog.SAMPLE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
