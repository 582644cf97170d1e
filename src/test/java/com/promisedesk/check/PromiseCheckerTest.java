package com.promisedesk.check;

import static com.promisedesk.check.CatalogMaker.capability;
import static com.promisedesk.check.CatalogMaker.catalog;
import static com.promisedesk.check.PromiseMaker.TODAY;
import static com.promisedesk.check.PromiseMaker.day;
import static com.promisedesk.check.PromiseMaker.line;
import static com.promisedesk.check.PromiseMaker.promise;
import static com.promisedesk.check.PromiseMaker.withExpectations;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.LeadTime;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Responsibility;
import com.promisedesk.domain.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 9: the promise's verdict, approvers, responsibilities and what blocks agreement. */
class PromiseCheckerTest {

    private static final LocalDate START = day("2026-11-23");
    private final PromiseChecker checker = new PromiseChecker(catalog()
            .with(capability("ONB").leadTime(15, new LeadTime.Step(1, 10)),
                    capability("SSO").leadTime(5).customerSupplies("SSO metadata", 3))
            .build());

    @Test
    void thePromiseTakesItsWorstLineAndThatTiersApprovers() {
        PromiseCheck check = checker.check(promise(START, line("ONB", day("2026-12-08")),
                CommitmentLine.bespoke("Custom export", day("2027-01-29")), line("SSO", null)), null, TODAY);
        assertThat(check.verdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(check.tier()).isEqualTo(3);
        assertThat(check.approvers()).containsExactly("sales-lead", "product", "engineering", "support");
        assertThat(check.lines()).extracting(LineCheck::index).containsExactly(0, 1, 2);
    }

    @Test
    void notDeliverableBeatsEveryTierAndCarriesNoApprovers() {
        PromiseCheck check = checker.check(promise(START, CommitmentLine.bespoke("Custom export", null),
                line("ONB", day("2026-11-24"))), null, TODAY);
        assertThat(check.verdict()).isEqualTo(Verdict.NOT_DELIVERABLE);
        assertThat(check.tier()).isNull();
        assertThat(check.approvers()).isEmpty();
        assertThat(check.canBeAgreed()).isFalse();
    }

    @Test
    void anEmptyPromiseIsStandard() {
        PromiseCheck check = checker.check(promise(START), TeamBookings.none(), TODAY);
        assertThat(check.verdict()).isEqualTo(Verdict.STANDARD);
        assertThat(check.canBeAgreed()).isTrue();
    }

    @Test
    void openAndUnlinkedExpectationsBlockAgreement() {
        Promise promise = withExpectations(promise(START, line("ONB", null)), List.of(
                Expectation.open("Live before the holiday freeze", List.of(0)),
                new Expectation("Two admins trained", List.of(), ExpectationStatus.CONFIRMED, null),
                new Expectation("Fast answers", List.of(), ExpectationStatus.CLARIFIED, "First response within 8 hours"),
                new Expectation("Runs on premises", List.of(), ExpectationStatus.NOT_MET, null),
                new Expectation("One workspace", List.of(0), ExpectationStatus.CONFIRMED, null)), List.of());
        PromiseCheck check = checker.check(promise, null, TODAY);
        assertThat(check.blocksAgreement()).containsExactly(
                "Expectation 1 \"Live before the holiday freeze\" is not confirmed",
                "Expectation 2 \"Two admins trained\" is confirmed but no line of the promise meets it",
                "Expectation 3 \"First response within 8 hours\" is clarified but no line of the promise meets it");
        assertThat(check.canBeAgreed()).isFalse();
    }

    @Test
    void readBackExpectationsLetAStandardPromiseBeAgreed() {
        Promise promise = withExpectations(promise(START, line("ONB", null)), List.of(
                new Expectation("Live before the holiday freeze", List.of(0), ExpectationStatus.CONFIRMED, null),
                new Expectation("Runs on premises", List.of(), ExpectationStatus.NOT_MET, null)), List.of());
        assertThat(checker.check(promise, null, TODAY).canBeAgreed()).isTrue();
    }

    @Test
    void ownResponsibilitiesComeFirstThenThoseOfTheLines() {
        Responsibility own = new Responsibility("Named project lead", day("2026-11-30"), List.of(0));
        Promise promise = withExpectations(promise(START, line("ONB", null), line("SSO", day("2026-12-07")),
                line("SSO", day("2026-12-14"))), List.of(), List.of(own));
        assertThat(checker.check(promise, null, TODAY).responsibilities()).containsExactly(own,
                new Responsibility("SSO metadata", day("2026-12-02"), List.of(1)),
                new Responsibility("SSO metadata", day("2026-12-09"), List.of(2)));
    }

    @Test
    void aDerivedResponsibilityThePromiseAlreadyListsIsNotRepeatedAndKeepsTheEarlierDue() {
        Responsibility listedLate = new Responsibility("sso METADATA ", day("2026-12-04"), List.of(0, 1));
        Promise promise = withExpectations(promise(START, line("SSO", day("2026-12-07")),
                line("SSO", day("2026-12-14"))), List.of(), List.of(listedLate));

        assertThat(checker.check(promise, null, TODAY).responsibilities()).containsExactly(
                new Responsibility("sso METADATA", day("2026-12-02"), List.of(0, 1)));
    }
}
