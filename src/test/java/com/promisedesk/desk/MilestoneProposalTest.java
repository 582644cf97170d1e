package com.promisedesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Milestone;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Responsibility;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Milestones proposed on agreement: the lines' promised days (one per day) and the customer's due dates, in order. */
class MilestoneProposalTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 23);

    @Test
    void oneMilestonePerPromisedDayAndPerResponsibilityTheCustomersPartFirstOnADay() {
        Promise promise = new Promise(UUID.randomUUID(), new Customer("Northwind Traders", "EU", null), "Fleet", START,
                PromiseStatus.AGREED, START, List.of(CommitmentLine.of("ONB-STD", 1, null),
                CommitmentLine.bespoke("ERP export", LocalDate.of(2026, 12, 15)), CommitmentLine.of("SUP-BAS", 1, null),
                CommitmentLine.bespoke("Workshop", null)),
                List.of(), List.of(new Responsibility("Send the fleet list", LocalDate.of(2026, 12, 15), List.of(1)),
                new Responsibility("Name an admin", null, List.of(0))), List.of());

        List<Milestone> proposed = MilestoneProposal.of(promise,
                Arrays.asList(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 1), null),
                promise.responsibilities(), code -> code.equals("ONB-STD") ? "Onboarding" : "Basic support");

        assertThat(proposed).containsExactly(
                new Milestone("From the customer: Name an admin", START, false),
                new Milestone("Lines 1, 3 delivered: Onboarding, Basic support", LocalDate.of(2026, 12, 1), false),
                new Milestone("From the customer: Send the fleet list", LocalDate.of(2026, 12, 15), false),
                new Milestone("Line 2 delivered: ERP export", LocalDate.of(2026, 12, 15), false));
    }
}
