package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Extra;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which text lines of a version stand out: those base does not have. */
class ConflictWordsTest {

    private final ConflictWords words = new ConflictWords(() -> {
        throw new AssertionError("extras name no capability");
    });

    private static final Extra SEATS = new Extra("Ten extra e-learning seats");
    private static final Extra WORKSHOP = new Extra("A second dispatcher workshop");
    private static final Extra KICKOFF = new Extra("Kick-off on site");

    @Test
    void anItemRemovedAboveDoesNotMarkTheOnesBelow() {
        assertThat(words.items(List.of(SEATS, KICKOFF), List.of(SEATS, WORKSHOP, KICKOFF), true))
                .extracting(ConflictWords.Item::changed).containsExactly(false, false);
    }

    @Test
    void anItemBaseDoesNotHoldStandsOut() {
        assertThat(words.items(List.of(SEATS, KICKOFF), List.of(SEATS, WORKSHOP), true))
                .containsExactly(new ConflictWords.Item("1. Ten extra e-learning seats", false),
                        new ConflictWords.Item("2. Kick-off on site", true));
    }

    @Test
    void baseItselfAndAnEmptyListMarkNothing() {
        assertThat(words.items(List.of(SEATS, KICKOFF), null, false)).noneMatch(ConflictWords.Item::changed);
        assertThat(words.items(List.of(), List.of(SEATS), true)).containsExactly(new ConflictWords.Item("None", true));
    }

    @Test
    void aLinesTermsReadAsTheSummaryReadsThem() throws Exception {
        String sample;
        try (var in = ConflictWordsTest.class.getResourceAsStream("/com/promisedesk/sample/catalog.yaml")) {
            sample = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var catalog = com.promisedesk.file.CatalogFile.parse(sample, "catalog.yaml");
        var support = com.promisedesk.domain.CommitmentLine.of("SUP-STD", 1, null)
                .withTerms(java.util.Map.of("responseHours", new java.math.BigDecimal("4.0")));

        assertThat(new ConflictWords(() -> catalog).items(List.of(support), null, false)).singleElement()
                .extracting(ConflictWords.Item::text).isEqualTo("1. Standard support × 1 · standard date · First response: 4 h");
    }
}
