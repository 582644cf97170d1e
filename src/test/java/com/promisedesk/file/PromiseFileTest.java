package com.promisedesk.file;

import static com.promisedesk.file.FileTexts.PROMISE_JSON;
import static com.promisedesk.file.FileTexts.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.Extra;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Responsibility;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PromiseFileTest {

    @Test
    void readsThePromiseOfTheDesign() throws BadFileException {
        Promise promise = PromiseFile.parse(PROMISE_JSON, "promise.json");

        assertThat(promise.id()).isEqualTo(UUID.fromString("6b1f3c2a-9d4e-4f5a-8b7c-1d2e3f4a5b6c"));
        assertThat(promise.customer()).isEqualTo(new Customer("Northwind Traders", "EU", "Anna Berg"));
        assertThat(promise.title()).isEqualTo("Fleet analytics rollout");
        assertThat(promise.start()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(promise.status()).isEqualTo(PromiseStatus.DRAFT);
        assertThat(promise.lines()).containsExactly(
                CommitmentLine.of("ONB-STD", 1, LocalDate.of(2026, 12, 15)),
                new CommitmentLine("SUP-PREM", null, 1, null, Map.of("responseHours", new BigDecimal("4")), null),
                CommitmentLine.bespoke("Custom export to the customer's ERP", LocalDate.of(2027, 1, 29)));
        assertThat(promise.expectations()).containsExactly(Expectation.open("Live before the holiday freeze", List.of(0)));
        assertThat(promise.responsibilities()).containsExactly(
                new Responsibility("Named project lead", LocalDate.of(2026, 11, 30), List.of(0)));
        assertThat(promise.extras()).containsExactly(new Extra("Two extra training seats, one-time"));
    }

    @Test
    void anEmptyListOfLinesIsADraftWithNothingPromisedYet() throws BadFileException {
        Promise draft = PromiseFile.parse("""
                { "customer": { "name": "Northwind Traders" }, "title": "First meeting", "start": "2026-11-23",
                  "lines": [] }
                """, "draft.json");

        assertThat(draft.lines()).isEmpty();
        assertThat(draft.status()).isEqualTo(PromiseStatus.DRAFT);
        assertThat(PromiseFile.parse(PromiseFile.write(draft), "written.json")).isEqualTo(draft);
    }

    @Test
    void givesAPromiseWithoutIdANewOne() throws BadFileException {
        String text = replaceOnce(PROMISE_JSON, "\"id\": \"6b1f3c2a-9d4e-4f5a-8b7c-1d2e3f4a5b6c\",", "");

        UUID first = PromiseFile.parse(text, "promise.json").id();
        UUID second = PromiseFile.parse(text, "promise.json").id();

        assertThat(first).isNotNull().isNotEqualTo(second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"read_back", "READ_BACK", "Read-Back"})
    void acceptsTheStatusInAnyCase(String written) throws BadFileException {
        String text = replaceOnce(PROMISE_JSON, "\"title\":", "\"status\": \"" + written + "\", \"title\":");

        assertThat(PromiseFile.parse(text, "promise.json").status()).isEqualTo(PromiseStatus.READ_BACK);
    }

    @Test
    void readsAndWritesTheDayAPromiseWasAgreed() throws BadFileException {
        String agreed = replaceOnce(PROMISE_JSON, "\"title\":", "\"status\": \"AGREED\", \"agreedOn\": \"2026-11-30\","
                + " \"title\":");

        Promise promise = PromiseFile.parse(agreed, "promise.json");

        assertThat(promise.agreedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(PromiseFile.write(promise)).contains("\"status\": \"AGREED\",\n  \"agreedOn\": \"2026-11-30\",\n");
    }

    @Test
    void anAgreedPromiseFromBeforeTheDayWasKeptHasNone() throws BadFileException {
        String agreed = replaceOnce(PROMISE_JSON, "\"title\":", "\"status\": \"AGREED\", \"title\":");

        Promise promise = PromiseFile.parse(agreed, "promise.json");

        assertThat(promise.agreedOn()).isNull();
        assertThat(PromiseFile.write(promise)).doesNotContain("agreedOn");
    }

    @Test
    void writeThenParseGivesTheSamePromise() throws BadFileException {
        Promise promise = richPromise();

        Promise back = PromiseFile.parse(PromiseFile.write(promise), "promise.json");

        assertThat(back).isEqualTo(promise);
    }

    @Test
    void writesTheShapeOfTheDesign() throws BadFileException {
        String written = PromiseFile.write(PromiseFile.parse(PROMISE_JSON, "promise.json"));

        assertThat(written)
                .contains("\"id\": \"6b1f3c2a-9d4e-4f5a-8b7c-1d2e3f4a5b6c\"")
                .contains("\"status\": \"DRAFT\"")
                .contains("\"capability\": \"SUP-PREM\"")
                .contains("\"responseHours\": 4")
                .contains("\"status\": \"OPEN\"")
                .doesNotContain("null")
                .endsWith("}\n");
        assertThat(PromiseFile.write(PromiseFile.parse(written, "promise.json"))).isEqualTo(written);
    }

    @Test
    void writesAFileThatReadsBack(@TempDir Path dir) throws IOException, BadFileException {
        Path file = dir.resolve("promise.json");
        Files.writeString(file, "an older version that is replaced");
        Promise promise = richPromise();

        PromiseFile.write(promise, file);

        assertThat(PromiseFile.read(file)).isEqualTo(promise);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no temporary file is left behind").containsExactly(file);
        }
    }

    /** Every optional field set, including decimals whose scale must survive. */
    private static Promise richPromise() {
        return new Promise(UUID.fromString("0f9e8d7c-6b5a-4938-a716-253443526170"),
                new Customer("Contoso Ltd.", "NA", null), "Support upgrade \"gold\" / ünïcode",
                LocalDate.of(2026, 11, 2), PromiseStatus.AGREED, LocalDate.of(2026, 11, 10),
                List.of(new CommitmentLine("SUP-PREM", null, 3, LocalDate.of(2026, 12, 1),
                                Map.of("responseHours", new BigDecimal("4.50"), "uptime", new BigDecimal("99.9")),
                                "The customer asked for the later date"),
                        CommitmentLine.bespoke("Custom ERP export", null)),
                List.of(new Expectation("Answers within half a day", List.of(0), ExpectationStatus.CLARIFIED,
                                "First response within 4.5 business hours"),
                        new Expectation("Cheaper than last year", List.of(), ExpectationStatus.NOT_MET, null)),
                List.of(new Responsibility("Admin account", null, List.of(0, 1))),
                List.of(new Extra("One extra training seat, one-time")));
    }
}
