package com.promisedesk.export;

import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.Extra;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Responsibility;
import com.promisedesk.file.CatalogFile;
import com.promisedesk.file.PromiseFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The sample catalog and promises, and a long promise, for the export tests and the benchmark. */
public final class SummarySamples {

    public static final LocalDate ISSUED = LocalDate.of(2026, 11, 23);
    public static final Sender SENDER = new Sender("Fleetwise GmbH", "Jonas Keller", "jonas.keller@fleetwise.example",
            "+49 30 1234 5678");

    private SummarySamples() {
    }

    public static Catalog catalog() {
        return parse("catalog.yaml", true, Catalog.class);
    }

    public static Promise promise(String name) {
        return parse("promise-" + name + ".json", false, Promise.class);
    }

    private static <T> T parse(String file, boolean catalog, Class<T> type) {
        try (InputStream in = SummarySamples.class.getResourceAsStream("/com/promisedesk/sample/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return type.cast(catalog ? CatalogFile.parse(text, file) : PromiseFile.parse(text, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("sample " + file + " does not parse", e);
        }
    }

    public static Summary summary(Promise promise, Printing printing) {
        return new SummaryBuilder(catalog()).build(promise, SENDER, printing);
    }

    /**
     * A promise of {@code lines} bespoke lines with long descriptions (a bespoke line is
     * shown by its own words, so the words are as long as we make them), plus standard
     * capability lines every few, so every section of the document is long.
     */
    public static Promise longPromise(int lines, PromiseStatus status) {
        String[] codes = {"FLEET-CORE", "FLEET-MOBILE", "FLEET-ROUTE", "HW-SELF-KIT", "SUP-STD"};
        List<CommitmentLine> all = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 11, 30);
        for (int i = 0; i < lines; i++) {
            if (i % 4 == 0) {
                all.add(CommitmentLine.bespoke("Line " + (i + 1) + ": custom report of depot utilisation for region "
                        + (i % 17) + ", with a weekly e-mail to the depot manager, a monthly trend chart, a breakdown"
                        + " by vehicle class and a year-end comparison against the previous year's figures",
                        LocalDate.of(2027, 3, 1).plusDays(i)));
            } else {
                all.add(new CommitmentLine(codes[i % codes.length], null, 1, LocalDate.of(2027, 2, 1).plusDays(i % 20),
                        Map.of(), null));
            }
        }
        List<Expectation> expectations = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            expectations.add(new Expectation("Expectation " + (i + 1) + " in the customer's own words, which can run"
                    + " long when the customer explains what a good outcome looks like for the depots",
                    List.of(i), i % 3 == 0 ? ExpectationStatus.CONFIRMED : ExpectationStatus.CLARIFIED,
                    i % 3 == 0 ? null : "Clarified wording for expectation " + (i + 1)));
        }
        List<Responsibility> responsibilities = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            responsibilities.add(new Responsibility("Depot access list " + (i + 1), LocalDate.of(2027, 1, 11).plusDays(i),
                    List.of(i, i + 1)));
        }
        return new Promise(UUID.fromString("00000000-0000-4000-8000-000000000200"),
                new Customer("Ελληνική Α.Ε.", "EU", "ООО Ромашка"), "Two hundred lines of fleet analytics",
                start, status, all, expectations, responsibilities, List.of(new Extra("A one-time workshop")));
    }
}
