package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --today}: T, the day a promise is judged as of, and what the text says about dates. */
class CheckTodayTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Terminal.runIn(dir.resolve("data"), out, err, args);
    }

    private String sample(String name) throws IOException {
        return Terminal.sample(dir, name).toString();
    }

    private Path promise(String lines) throws IOException {
        Path file = dir.resolve("promise.json");
        Files.writeString(file, "{ \"customer\": { \"name\": \"Northwind Traders\", \"region\": \"EU\" },"
                + " \"title\": \"Support\", \"start\": \"2026-11-23\", \"lines\": [ " + lines + " ] }");
        return file;
    }

    @Test
    void aLineDatedBeforeTodayHasPassedAndIsNotDeliverable() throws IOException {
        // Ostwind's line 1 is dated Mon 30 Nov 2026: on 23 Nov it is standard, on 5 Dec it has passed.
        assertThat(run("check", sample("promise-ostwind.json"), "--catalog", sample("catalog.yaml"),
                "--today", "2026-11-23", "--format", "json")).as(err.toString()).isEqualTo(2);
        assertThat(line(0).get("verdict").asText()).isEqualTo("STANDARD");

        assertThat(run("check", sample("promise-ostwind.json"), "--catalog", sample("catalog.yaml"),
                "--today", "2026-12-05", "--format", "json")).as(err.toString()).isEqualTo(3);
        JsonNode passed = line(0);
        assertThat(passed.get("verdict").asText()).isEqualTo("NOT_DELIVERABLE");
        assertThat(passed.get("reasons").get(0).asText())
                .startsWith("Mon 30 Nov 2026: that date has passed (today is Sat 5 Dec 2026)");
        assertThat(LocalDate.parse(passed.get("suggestedDate").asText())).isAfter(LocalDate.of(2026, 12, 5));

        assertThat(run("check", sample("promise-ostwind.json"), "--catalog", sample("catalog.yaml"),
                "--today", "2026-12-05")).isEqualTo(3);
        assertThat(out.toString()).contains("Line 1: NOT DELIVERABLE", "that date has passed", "Suggested date: ");
    }

    @Test
    void withoutTodayTheLocalClockDecides() throws IOException {
        // The real default, read knowingly: the same as naming the local clock's day.
        assertThat(run("check", sample("promise-ostwind.json"), "--catalog", sample("catalog.yaml"), "--format", "json"))
                .as(err.toString()).isIn(0, 2, 3);
        String byDefault = out.toString();
        run("check", sample("promise-ostwind.json"), "--catalog", sample("catalog.yaml"), "--format", "json",
                "--today", LocalDate.now().toString());
        assertThat(byDefault).isEqualTo(out.toString());
    }

    @Test
    void noSuggestedDateWhenOnlyATermNeedsApprovalAndJsonKeepsRuleEight() throws IOException {
        Path file = promise("{ \"capability\": \"SUP-PREM\", \"date\": \"2026-12-03\", \"terms\": { \"responseHours\": 2 } },"
                + " { \"capability\": \"SUP-PREM\", \"terms\": { \"responseHours\": 2 } }");

        assertThat(run("check", file.toString(), "--catalog", sample("catalog.yaml"), "--today", "2026-11-23"))
                .as(err.toString()).isEqualTo(2);
        assertThat(out.toString()).contains("Line 1: NEEDS APPROVAL (tier 2)", "Line 2: NEEDS APPROVAL (tier 2)")
                .doesNotContain("Suggested date");

        run("check", file.toString(), "--catalog", sample("catalog.yaml"), "--today", "2026-11-23", "--format", "json");
        assertThat(line(0).get("suggestedDate").asText()).isEqualTo("2026-11-30");
        assertThat(line(1).get("suggestedDate").asText()).isEqualTo("2026-11-30");
    }

    @Test
    void aSuggestedDateIsPrintedWhenTheDateIsWhatNeedsApproval() throws IOException {
        Path file = promise("{ \"capability\": \"SUP-PREM\", \"date\": \"2026-11-26\" }");

        assertThat(run("check", file.toString(), "--catalog", sample("catalog.yaml"), "--today", "2026-11-23"))
                .isEqualTo(2);
        assertThat(out.toString()).contains("Line 1: NEEDS APPROVAL (tier 1)", "Suggested date: Mon 30 Nov 2026");
    }

    private JsonNode line(int index) throws IOException {
        return new ObjectMapper().readTree(out.toString()).get("lines").get(index);
    }
}
