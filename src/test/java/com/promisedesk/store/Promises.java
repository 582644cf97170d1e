package com.promisedesk.store;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.Extra;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Responsibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Makes promises for the store tests. */
final class Promises {

    private Promises() {
    }

    /** A promise with every kind of part: terms, a bespoke line, linked expectations of each status, extras. */
    static Promise full(UUID id) {
        return new Promise(id, new Customer("Northwind Traders", "EU", "Anna Berg"), "Fleet analytics rollout",
                LocalDate.of(2026, 11, 23), PromiseStatus.READ_BACK,
                List.of(CommitmentLine.of("ONB-STD", 1, LocalDate.of(2026, 12, 15)),
                        new CommitmentLine("SUP-PREM", null, 2, null,
                                Map.of("responseHours", new BigDecimal("4.0"), "uptimePercent", new BigDecimal("99.95")),
                                "Customer asked for the slower tier"),
                        CommitmentLine.bespoke("Custom export to the customer's ERP", LocalDate.of(2027, 1, 29))),
                List.of(Expectation.open("Live before the holiday freeze", List.of(0, 2)),
                        new Expectation("Answers within half a day", List.of(1), ExpectationStatus.CLARIFIED,
                                "First response within 4 business hours"),
                        new Expectation("Someone on site", List.of(), ExpectationStatus.NOT_MET, null),
                        new Expectation("Works with our ERP", List.of(2, 0), ExpectationStatus.CONFIRMED, null)),
                List.of(new Responsibility("Named project lead", LocalDate.of(2026, 11, 30), List.of(0)),
                        new Responsibility("SSO metadata (SAML XML)", null, List.of(0, 1))),
                List.of(new Extra("Two extra training seats, one-time"), new Extra("Printed quick-start guide")));
    }

    static Promise simple(UUID id, String customer, String title) {
        return new Promise(id, new Customer(customer, null, null), title, LocalDate.of(2026, 12, 1),
                PromiseStatus.DRAFT, List.of(CommitmentLine.of("ANL-FLEET", 1, null)), List.of(), List.of(), List.of());
    }
}
