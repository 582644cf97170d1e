package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.desk.TodayScene;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code promisedesk today} prints the Today view's sections from a real store, as text and as JSON. */
class TodayCommandTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Terminal.runIn(dir.resolve("data"), out, err, args);
    }

    @BeforeEach
    void writeTheScene() throws Exception {
        TodayScene.write(dir.resolve("data"));
    }

    @Test
    void printsEverySectionAsText() {
        assertThat(run("today", "--today", "2026-12-09")).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).startsWith("Today, Wed 9 Dec 2026 · this week runs to Sun 13 Dec 2026");
        assertThat(text).contains("Due or overdue this week (5)\n  Overdue since Tue 1 Dec 2026  Northwind Traders · Fleet"
                + " analytics for the Chicago depot  Deliver line 1: Fleet analytics platform\n");
        assertThat(text).contains("At risk (2)\n  Northwind Traders · Fleet analytics for the Chicago depot  ("
                + TodayScene.CHICAGO + ")\n    - Line 1 (Fleet analytics platform) was due Tue 1 Dec 2026 and is not"
                + " delivered (8 days overdue)\n");
        assertThat(text).contains("    - The customer's \"Driver roster with licence numbers\" was due Fri 4 Dec 2026 and"
                + " has not come: Line 2 (ELD hours of service) moves from Fri 11 Dec 2026 to Wed 16 Dec 2026 (3 business days later)");
        assertThat(text).contains("Approval decisions since you last looked (1)\n  Approved: line 1 of Ostwind Logistik ·"
                + " Tachograph compliance for 40 trucks (decided Tue 8 Dec 2026 ");
        assertThat(text).contains("Customers to update (2)\n  Northwind Traders · Fleet analytics for the Chicago depot:"
                + " 3 reasons at risk, no notice sent yet\n");
        assertThat(text).contains("Relationship touches: reminders, not promises (4)\n  Thank Baltic Freight for agreeing");
        assertThat(text).doesNotContain("Harbor Freight");
    }

    @Test
    void printsTheSameSectionsAsJson() throws Exception {
        assertThat(run("today", "--today", "2026-12-09", "--format", "json")).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("day").asText()).isEqualTo("2026-12-09");
        assertThat(json.get("due")).hasSize(5);
        assertThat(json.get("due").get(0).get("kind").asText()).isEqualTo("LINE");
        assertThat(json.get("due").get(0).get("number").asInt()).isEqualTo(1);
        assertThat(json.get("due").get(0).get("overdue").asBoolean()).isTrue();
        JsonNode tacho = json.get("atRisk").get(1);
        assertThat(tacho.get("promise").asText()).isEqualTo(TodayScene.TACHO.toString());
        assertThat(tacho.get("reasons").get(0).get("kind").asText()).isEqualTo("CATALOG_WORSE");
        assertThat(tacho.get("reasons").get(0).get("line").asInt()).isEqualTo(1);
        assertThat(tacho.get("reasons").get(0).get("honestDate").isNull()).isTrue();
        JsonNode roster = json.get("atRisk").get(0).get("reasons").get(2);
        assertThat(roster.get("responsibility").asInt()).isEqualTo(1);
        assertThat(roster.get("was").asText()).isEqualTo("2026-12-11");
        assertThat(roster.get("honestDate").asText()).isEqualTo("2026-12-16");
        assertThat(json.get("decisions").get(0).get("decision").asText()).isEqualTo("APPROVED");
        assertThat(json.get("customersToUpdate")).hasSize(2);
        assertThat(json.get("touches")).extracting(t -> t.get("kind").asText())
                .containsExactly("THANK_YOU", "THANK_YOU", "REPEAT_CUSTOMER", "ANNIVERSARY");
    }

    @Test
    void withoutALocalStoreSaysWhatToDo() {
        assertThat(Terminal.runIn(dir.resolve("nothing"), out, err, "today")).isEqualTo(64);
        assertThat(err.toString()).contains("there is no local store in").contains("open the app or run sync first");
    }
}
