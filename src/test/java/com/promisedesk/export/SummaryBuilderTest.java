package com.promisedesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which section each line goes to, in customer words. */
class SummaryBuilderTest {

    @Test
    void standardAndUnderPromisedLinesArePromisedAndTheUndeliverableOneIsNot() {
        Summary summary = SummarySamples.summary(SummarySamples.promise("northwind"), Printing.preview(SummarySamples.ISSUED));

        assertThat(summary.deliver()).extracting(Summary.Item::name).containsExactly("Fleet analytics platform",
                "ELD hours of service", "Telematics box G3", "Self-install kit", "Standard support", "Dispatcher workshop");
        // The under-promised box is promised at the date the rep said, not the earlier one we could do.
        assertThat(summary.deliver().get(2).date()).isEqualTo(LocalDate.of(2027, 3, 31));
        // A line without a date is promised at the standard date E.
        assertThat(summary.deliver().get(3).date()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(summary.deliver().get(4).serviceLevels()).contains("First response: 24 h");
        assertThat(summary.notIncluded()).singleElement().satisfies(x -> {
            assertThat(x.item().name()).isEqualTo("EV range and charging planning");
            assertThat(x.earliest()).isEqualTo(LocalDate.of(2027, 3, 1));
        });
        assertThat(summary.awaiting()).isEmpty();
    }

    @Test
    void aCapabilityWithoutALeadTimeIsPromisedFromItsDateInEveryFormat() {
        // Payment terms and the price lock document no lead time in the sample catalog.
        Promise promise = Promise.draft(new Customer("Northwind Traders", "NA", "Anna Berg"), "Fleet analytics",
                LocalDate.of(2026, 12, 1)).withLines(List.of(
                CommitmentLine.of("FLEET-CORE", 80, LocalDate.of(2026, 12, 4)),
                new CommitmentLine("COM-PAY-TERMS", null, 1, null, Map.of("paymentDays", new BigDecimal("30")), null),
                CommitmentLine.of("COM-PRICE-LOCK", 1, LocalDate.of(2027, 1, 4))));

        Summary summary = SummarySamples.summary(promise, Printing.preview(SummarySamples.ISSUED));

        assertThat(summary.deliver()).extracting(Summary.Item::name, Summary.Item::date, Summary.Item::fromDate)
                .containsExactly(tuple("Fleet analytics platform", LocalDate.of(2026, 12, 4), false),
                        tuple("Payment terms", LocalDate.of(2026, 12, 1), true),
                        tuple("Price lock", LocalDate.of(2027, 1, 4), true));
        Layout uk = Layout.of(Locale.UK);
        assertThat(TextSummary.render(summary, uk)).contains("- Fleet analytics platform — quantity 80, by 4 Dec 2026",
                "- Payment terms — quantity 1, from 1 Dec 2026", "  Payment due within: 30 days",
                "- Price lock — quantity 1, from 4 Jan 2027");
        assertThat(MarkdownSummary.render(summary, uk)).contains("**Payment terms** — quantity 1, from 1 Dec 2026");
        assertThat(PdfText.sorted(PdfSummary.render(summary, uk)).flat()).contains("From 1 Dec 2026", "From 4 Jan 2027")
                .doesNotContain("From 4 Dec 2026");
    }

    @Test
    void aWeekTheTeamHasBookedFullAwaitsConfirmationInsteadOfBeingPromised() {
        LocalDate workshop = LocalDate.of(2026, 12, 22);
        TeamBookings bookings = new TeamBookings(Map.of(TeamBookings.Key.of("TRAIN-DISPATCH", workshop), 3));

        Summary summary = new SummaryBuilder(SummarySamples.catalog(), bookings).build(
                SummarySamples.promise("northwind"), SummarySamples.SENDER, Printing.preview(SummarySamples.ISSUED));

        // Two workshops on top of the team's three pass the four a week: capacity needs approval (tier 2).
        assertThat(summary.awaiting()).extracting(p -> p.item().name()).containsExactly("Dispatcher workshop");
        assertThat(summary.deliver()).extracting(Summary.Item::name).doesNotContain("Dispatcher workshop");
    }

    @Test
    void pendingApprovalsAwaitConfirmationThreeBusinessDaysAfterTheIssueUnlessApproved() {
        // Issued on Mon 23 Nov 2026, the day the sample is drafted: confirmed by Thu 26 Nov.
        Summary summary = SummarySamples.summary(SummarySamples.promise("ostwind"),
                new Printing(SummarySamples.ISSUED, 1, Set.of(5), List.of()));

        assertThat(summary.awaiting()).extracting(p -> p.item().name()).containsExactly("SAP integration",
                "Nightly export of driving and rest times per transport order into Ostwind's SAP TM", "Premium support",
                "Volume discount");
        assertThat(summary.awaiting()).extracting(Summary.Pending::confirmBy).containsOnly(LocalDate.of(2026, 11, 26));
        assertThat(summary.deliver()).extracting(Summary.Item::name).contains("Telematics box G3");
        assertThat(summary.awaiting().get(1).item().summary()).isNull();
        assertThat(summary.expectations()).flatExtracting(Summary.Expectation::coveredBy)
                .contains("SAP integration (awaiting confirmation)", "Telematics box G3");
    }

    @Test
    void theConfirmDateSkipsClosedDaysHolidaysAndWeekendsAndNothingPassedIsPromised() {
        // Issued on Wed 23 Dec 2026: 24 (closed), 25 (holiday), 26-27 (weekend), then 28, 29, 30 -> Wed 30 Dec.
        Summary summary = SummarySamples.summary(SummarySamples.promise("ostwind"),
                new Printing(LocalDate.of(2026, 12, 23), 1, Set.of(5), List.of()));

        assertThat(summary.awaiting()).isNotEmpty();
        assertThat(summary.awaiting()).extracting(Summary.Pending::confirmBy).containsOnly(LocalDate.of(2026, 12, 30));
        // Judged as of the issue date (T): the box asked for by 14 Dec has passed, approved or not, and
        // SAP integration by 4 Jan 2027 is too soon counted from 23 Dec, even with approval.
        assertThat(summary.notIncluded()).extracting(x -> x.item().name())
                .contains("Telematics box G3", "SAP integration");
        assertThat(summary.deliver()).extracting(Summary.Item::date).allMatch(d -> !d.isBefore(LocalDate.of(2026, 12, 23)));
    }

    @Test
    void expectationsAreReadBackPlainly() {
        Summary summary = SummarySamples.summary(SummarySamples.promise("northwind"), Printing.preview(SummarySamples.ISSUED));

        assertThat(summary.expectations()).extracting(Summary.Expectation::mark)
                .containsExactly("Clarified", "Confirmed", "Not yet confirmed", "Not met");
        assertThat(summary.expectations().get(0).clarified()).startsWith("ELD logs from FMCSA-registered devices");
        assertThat(summary.expectations().get(1).coveredBy()).containsExactly("Telematics box G3", "Self-install kit");
        assertThat(summary.expectations().get(3).note()).contains("cannot meet");
        // Linked only to the EV line, which is not included: nothing meets it, and nothing says so.
        assertThat(summary.expectations().get(2).coveredBy()).isEmpty();
    }

    @Test
    void responsibilitiesIncludeWhatTheCatalogRequiresAndWhatMoves() {
        Summary summary = SummarySamples.summary(SummarySamples.promise("ostwind"), Printing.preview(SummarySamples.ISSUED));

        assertThat(summary.responsibilities()).extracting(Summary.Responsibility::what).contains("SSO metadata (SAML XML)");
        assertThat(summary.responsibilities()).allSatisfy(r -> assertThat(r.due()).isNotNull());
        assertThat(summary.responsibilities()).filteredOn(r -> r.what().equals("SSO metadata (SAML XML)"))
                .singleElement().satisfies(r -> assertThat(r.moves()).containsExactly("Single sign-on setup"));
    }

    @ParameterizedTest
    @EnumSource(PromiseStatus.class)
    void onlyAnAgreedPromiseIsPrintedWithoutTheMark(PromiseStatus status) {
        Summary summary = SummarySamples.summary(SummarySamples.promise("baltic").withStatus(status),
                Printing.preview(SummarySamples.ISSUED));

        switch (status) {
            case DRAFT, READ_BACK -> assertThat(summary.mark()).isEqualTo(Summary.DRAFT_MARK);
            case WITHDRAWN -> assertThat(summary.mark()).isEqualTo(Summary.WITHDRAWN_MARK);
            case AGREED, IN_DELIVERY, KEPT, BROKEN -> assertThat(summary.mark()).isNull();
        }
    }
}
