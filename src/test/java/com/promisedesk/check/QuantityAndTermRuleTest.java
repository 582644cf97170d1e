package com.promisedesk.check;

import static com.promisedesk.check.CatalogMaker.capability;
import static com.promisedesk.check.CatalogMaker.catalog;
import static com.promisedesk.check.PromiseMaker.TODAY;
import static com.promisedesk.check.PromiseMaker.day;
import static com.promisedesk.check.PromiseMaker.line;
import static com.promisedesk.check.PromiseMaker.promise;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Better;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.QuantityLimit;
import com.promisedesk.domain.Term;
import com.promisedesk.domain.Verdict;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule 5: the quantity and terms ladders, and loose terms. Lines have no date, so the date is standard. */
class QuantityAndTermRuleTest {

    private final PromiseChecker checker = new PromiseChecker(catalog()
            .with(capability("SEATS").maxQuantity(1, new QuantityLimit.Step(2, 3), new QuantityLimit.Step(4, 5)),
                    capability("ANY"),
                    capability("SUP")
                            .term(new Term("responseHours", "First response", "h", Better.LOWER, new BigDecimal("8"),
                                    List.of(new Term.Step(2, new BigDecimal("4")), new Term.Step(3, new BigDecimal("2")))))
                            .term(new Term("uptime", "Uptime", "%", Better.HIGHER, new BigDecimal("99.0"),
                                    List.of(new Term.Step(1, new BigDecimal("99.5")), new Term.Step(4, new BigDecimal("99.9"))))))
            .build());

    private LineCheck check(CommitmentLine line) {
        return checker.check(promise(day("2026-11-23"), line), TeamBookings.none(), TODAY).lines().get(0);
    }

    @ParameterizedTest(name = "{0} units: {1} {2}")
    @CsvSource({
            "1, STANDARD,",
            "2, NEEDS_APPROVAL, 2",
            "3, NEEDS_APPROVAL, 2",
            "4, NEEDS_APPROVAL, 4",
            "5, NEEDS_APPROVAL, 4",
            "6, NOT_DELIVERABLE,"})
    void quantityAtEachStep(int quantity, Verdict verdict, Integer tier) {
        LineCheck check = check(line("SEATS", quantity, null));
        assertThat(check.verdict()).isEqualTo(verdict);
        assertThat(check.tier()).isEqualTo(tier);
    }

    @Test
    void noMaximumMeansAnyQuantity() {
        assertThat(check(line("ANY", 500, null)).verdict()).isEqualTo(Verdict.STANDARD);
    }

    @Test
    void quantityReasonNamesTheLimits() {
        assertThat(check(line("SEATS", 6, null)).reasons()).contains("6 units of Capability SEATS: up to 1 per line"
                + " is standard, and at most 5 even with approval; 6 cannot be delivered on one line.");
    }

    @ParameterizedTest(name = "{0} = {1}: {2} {3}")
    @CsvSource({
            "responseHours, 8,     STANDARD,",
            "responseHours, 5,     NEEDS_APPROVAL, 2",
            "responseHours, 4,     NEEDS_APPROVAL, 2",
            "responseHours, 3,     NEEDS_APPROVAL, 3",
            "responseHours, 2,     NEEDS_APPROVAL, 3",
            "responseHours, 1.5,   NOT_DELIVERABLE,",
            "responseHours, 10,    STANDARD,",
            "responseHours, 10.01, UNDER_PROMISE,",
            "uptime,        99.0,  STANDARD,",
            "uptime,        99.5,  NEEDS_APPROVAL, 1",
            "uptime,        99.7,  NEEDS_APPROVAL, 4",
            "uptime,        99.9,  NEEDS_APPROVAL, 4",
            "uptime,        99.95, NOT_DELIVERABLE,",
            "uptime,        74.25, STANDARD,",
            "uptime,        74.24, UNDER_PROMISE,",
            "sla,           1,     NEEDS_APPROVAL, 3"})
    void termsAtEachStep(String key, String value, Verdict verdict, Integer tier) {
        LineCheck check = check(line("SUP", key, value));
        assertThat(check.verdict()).isEqualTo(verdict);
        assertThat(check.tier()).isEqualTo(tier);
    }

    @Test
    void termReasonsReadAloud() {
        assertThat(check(line("SUP", "responseHours", "4")).reasons())
                .contains("First response 4 h is better than the standard 8 h and needs tier 2 approval.");
        assertThat(check(line("SUP", "uptime", "99.95")).reasons())
                .contains("Uptime 99.95 % is better than we can offer, not even with approval (the best is 99.9 %).");
    }
}
