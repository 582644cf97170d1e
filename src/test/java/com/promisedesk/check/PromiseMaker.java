package com.promisedesk.check;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Responsibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds test promises for a customer in region EU. */
final class PromiseMaker {

    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    /**
     * T, the fixed day these tests judge as of: before every start and date they use, so the
     * rules other than T's are tested on their own (the checker reads no clock).
     */
    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

    private PromiseMaker() {
    }

    static Promise promise(LocalDate start, CommitmentLine... lines) {
        return promise(start, "EU", List.of(lines));
    }

    static Promise promise(LocalDate start, String region, List<CommitmentLine> lines) {
        return new Promise(ID, new Customer("Northwind Traders", region, "Anna Berg"), "Fleet analytics rollout",
                start, PromiseStatus.DRAFT, lines, List.of(), List.of(), List.of());
    }

    static Promise withExpectations(Promise promise, List<Expectation> expectations, List<Responsibility> own) {
        return new Promise(promise.id(), promise.customer(), promise.title(), promise.start(), promise.status(),
                promise.lines(), expectations, own, promise.extras());
    }

    static CommitmentLine line(String capability, LocalDate date) {
        return CommitmentLine.of(capability, 1, date);
    }

    static CommitmentLine line(String capability, int quantity, LocalDate date) {
        return CommitmentLine.of(capability, quantity, date);
    }

    static CommitmentLine line(String capability, String termKey, String value) {
        return new CommitmentLine(capability, null, 1, null, Map.of(termKey, new BigDecimal(value)), null);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
