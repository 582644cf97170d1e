package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.SyncRecords;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code promisedesk check}: exit codes, the JSON names docs/checking.md fixes, and bad input. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs in this test's own data folder unless told another, never the user's. */
    private int run(String... args) {
        if (args[0].equals("--data-dir")) {
            return Terminal.run(out, err, args);
        }
        return Terminal.runIn(dir.resolve("own-data"), out, err, args);
    }

    private String sample(String name) throws IOException {
        return Terminal.sample(dir, name).toString();
    }

    @ParameterizedTest
    @CsvSource({"promise-baltic.json, 0, STANDARD", "promise-ostwind.json, 2, NEEDS_APPROVAL",
        "promise-northwind.json, 3, NOT_DELIVERABLE"})
    void exitCodeFollowsTheWorstVerdict(String promise, int exitCode, String verdict) throws IOException {
        assertThat(run("check", "--today", "2026-11-23", sample(promise), "--catalog", sample("catalog.yaml"), "--format", "json"))
                .isEqualTo(exitCode);
        assertThat(json().get("verdict").asText()).isEqualTo(verdict);
    }

    @Test
    void jsonUsesTheNamesOfDesignMd() throws IOException {
        run("check", "--today", "2026-11-23", sample("promise-ostwind.json"), "--catalog", sample("catalog.yaml"), "--format", "json");

        JsonNode check = json();
        assertThat(fieldNames(check)).containsExactly("verdict", "tier", "approvers", "lines", "responsibilities",
                "blocksAgreement");
        assertThat(check.get("tier").asInt()).isEqualTo(4);
        assertThat(check.get("approvers")).hasSize(5);
        JsonNode line = check.get("lines").get(0);
        assertThat(fieldNames(line)).containsExactly("index", "verdict", "tier", "suggestedDate", "reasons");
        assertThat(line.get("tier").isNull()).isTrue();
        assertThat(fieldNames(check.get("responsibilities").get(0))).containsExactly("text", "due", "lines");
        assertThat(check.get("blocksAgreement").get(0).asText()).startsWith("Expectation ").endsWith("is not confirmed");
    }

    @Test
    void textSaysTheVerdictFirstThenReasonsAndTheApprovers() throws IOException {
        assertThat(run("check", "--today", "2026-11-23", sample("promise-ostwind.json"), "--catalog", sample("catalog.yaml"))).isEqualTo(2);

        String text = out.toString();
        assertThat(text).contains("Line 6: NEEDS APPROVAL (tier 2)")
                .contains("Promise: NEEDS APPROVAL (tier 4) — approvers: sales-lead, product, engineering, support, executive")
                .contains("The customer must supply:")
                .contains("Before this can be agreed:");
    }

    @Test
    void teamBookingsCanOverbookAWeek() throws IOException {
        run("check", "--today", "2026-11-23", sample("promise-baltic.json"), "--catalog", sample("catalog.yaml"), "--format", "json");
        JsonNode before = json();
        int installLine = 3;
        assertThat(before.get("lines").get(installLine).get("verdict").asText()).isEqualTo("STANDARD");

        Path bookings = dir.resolve("bookings.csv");
        Files.writeString(bookings, "capability,week,quantity\nHW-INSTALL,2027-W01,1000\n");
        out.getBuffer().setLength(0);
        assertThat(run("check", "--today", "2026-11-23", sample("promise-baltic.json"), "--catalog", sample("catalog.yaml"), "--bookings",
                bookings.toString(), "--format", "json")).isEqualTo(2);
        JsonNode line = json().get("lines").get(installLine);
        assertThat(line.get("verdict").asText()).isEqualTo("NEEDS_APPROVAL");
        assertThat(line.get("tier").asInt()).isEqualTo(2);
    }

    @Test
    void withoutBookingsOptionWhatTheLastSyncSaidIsCounted() throws IOException {
        Path data = dir.resolve("synced");
        try (LocalStore store = LocalStore.open(data)) {
            store.sync().applyPulled(new SyncRecords.PulledPage(List.of(), List.of(), List.of(),
                    new TeamBookings(Map.of(new TeamBookings.Key("HW-INSTALL", 2027, 1), 1000)), 1, true));
        }

        assertThat(run("--data-dir", data.toString(), "check", "--today", "2026-11-23", sample("promise-baltic.json"), "--catalog",
                sample("catalog.yaml"), "--format", "json")).isEqualTo(2);
        JsonNode line = json().get("lines").get(3);
        assertThat(line.get("verdict").asText()).isEqualTo("NEEDS_APPROVAL");
        assertThat(line.get("tier").asInt()).isEqualTo(2);
    }

    @Test
    void theRepsOtherPromisesInTheLocalStoreBookTheirWeeksToo() throws IOException {
        Path data = dir.resolve("own");
        assertThat(run("--data-dir", data.toString(), "catalog", "import", sample("catalog.yaml"))).isZero();
        try (LocalStore store = LocalStore.open(data)) {
            store.promises().save(rollout("Ostwind", PromiseStatus.AGREED));
        }
        Path northwind = dir.resolve("northwind.json");
        Files.writeString(northwind, PromiseFile.write(rollout("Northwind Traders", PromiseStatus.DRAFT)));

        // One enterprise rollout starts a week: alone it is standard, beside Ostwind's it is not.
        assertThat(run("check", "--today", "2026-11-23", northwind.toString(), "--catalog", sample("catalog.yaml"))).isZero();
        assertThat(run("--data-dir", data.toString(), "check", "--today", "2026-11-23", northwind.toString())).isEqualTo(2);
        assertThat(out.toString()).contains("1 unit in this promise and 1 unit the team has booked");
    }

    private static Promise rollout(String customer, PromiseStatus status) {
        return new Promise(UUID.randomUUID(), new Customer(customer, "EU", null), "Rollout", LocalDate.of(2026, 11, 23),
                status, List.of(CommitmentLine.of("ONB-ENT", 1, null)), List.of(), List.of(), List.of());
    }

    @Test
    void theStoresCurrentCatalogIsUsedWithoutCatalogOption() throws IOException {
        String data = dir.resolve("data").toString();
        assertThat(run("--data-dir", data, "catalog", "import", sample("catalog.yaml"))).isZero();
        assertThat(run("--data-dir", data, "check", "--today", "2026-11-23", sample("promise-northwind.json"))).isEqualTo(3);
        assertThat(out.toString()).contains("catalog 2026.11.2");
    }

    @Test
    void withoutCatalogOrStoreItSaysWhatIsMissing() throws IOException {
        assertThat(run("--data-dir", dir.resolve("none").toString(), "check", "--today", "2026-11-23", sample("promise-baltic.json")))
                .isEqualTo(65);
        assertThat(err.toString()).contains("no --catalog given").contains("no local store");
        assertThat(Files.exists(dir.resolve("none"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown field   | \"capability\": \"ONB-STD\", \"colour\": \"red\"  | lines[0].colour",
        "not an ISO date | \"capability\": \"ONB-STD\", \"date\": \"15/12/2026\" | lines[0].date",
        "negative quantity | \"capability\": \"ONB-STD\", \"quantity\": -2     | lines[0].quantity",
        "both kinds      | \"capability\": \"ONB-STD\", \"bespoke\": \"Custom\" | lines[0]"})
    void badInputExits65NamingFileLineAndField(String what, String line, String field) throws IOException {
        Path promise = dir.resolve("bad.json");
        Files.writeString(promise, "{\n  \"customer\": { \"name\": \"Northwind\" },\n  \"title\": \"Rollout\",\n"
                + "  \"start\": \"2026-11-23\",\n  \"lines\": [\n    { " + line + " }\n  ]\n}\n");

        assertThat(run("check", "--today", "2026-11-23", promise.toString(), "--catalog", sample("catalog.yaml"))).isEqualTo(65);
        assertThat(err.toString()).startsWith("error: " + promise + ":6:").contains(field);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badBookingsNameTheirLine() throws IOException {
        Path bookings = dir.resolve("bookings.csv");
        Files.writeString(bookings, "ONB-STD,2026-W50,2\nONB-STD,2026-50,1\n");
        assertThat(run("check", "--today", "2026-11-23", sample("promise-baltic.json"), "--catalog", sample("catalog.yaml"), "--bookings",
                bookings.toString())).isEqualTo(65);
        assertThat(err.toString()).contains(bookings + ":2: week: must be an ISO week such as 2026-W50");
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString());
    }

    private static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList();
    }
}
