package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.Slow;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.store.LocalStore;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code promise list}: every promise with the verdict check gives it against the store's catalog and bookings. */
@Slow
class PromiseListTest {

    private static final List<String> SAMPLES = List.of("promise-baltic.json", "promise-ostwind.json",
            "promise-northwind.json");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        return Terminal.runIn(dir.resolve("data"), out, err, args);
    }

    private String sample(String name) throws IOException {
        return Terminal.sample(dir, name).toString();
    }

    @Test
    void eachPromiseHasTheVerdictAndTierCheckGivesItAgainstTheStore() throws Exception {
        assertThat(run("catalog", "import", sample("catalog.yaml"))).isZero();
        Map<String, JsonNode> checked = new HashMap<>();
        for (String sample : SAMPLES) {
            assertThat(run("promise", "import", sample(sample))).isZero();
        }
        for (String sample : SAMPLES) {
            run("check", "--today", "2026-11-23", sample(sample), "--format", "json");
            checked.put(PromiseFile.read(Path.of(sample(sample))).id().toString(), json());
        }

        assertThat(run("promise", "list", "--today", "2026-11-23", "--format", "json")).isZero();
        JsonNode listed = json();

        assertThat(listed).hasSize(3);
        for (JsonNode promise : listed) {
            assertThat(fieldNames(promise)).containsExactly("id", "customer", "title", "status", "start", "verdict",
                    "tier", "updatedAt", "version");
            JsonNode check = checked.get(promise.get("id").asText());
            assertThat(promise.get("verdict")).as(promise.get("customer").asText()).isEqualTo(check.get("verdict"));
            assertThat(promise.get("tier")).as(promise.get("customer").asText()).isEqualTo(check.get("tier"));
        }
        // As the sample's README works them out: one of each.
        assertThat(listed.findValuesAsText("verdict")).containsExactlyInAnyOrder("STANDARD", "NEEDS_APPROVAL",
                "NOT_DELIVERABLE");
    }

    @Test
    void theTextListSaysTheVerdictAsCheckDoes() throws Exception {
        assertThat(run("catalog", "import", sample("catalog.yaml"))).isZero();
        for (String sample : SAMPLES) {
            assertThat(run("promise", "import", sample(sample))).isZero();
        }

        assertThat(run("promise", "list", "--today", "2026-11-23")).isZero();

        assertThat(out.toString().lines()).hasSize(3);
        assertThat(lineOf("Ostwind Spedition GmbH")).contains("  NEEDS APPROVAL (tier 4)  ")
                .startsWith(PromiseFile.read(Path.of(sample("promise-ostwind.json"))).id().toString());
        assertThat(lineOf("Northwind Traders")).contains("  NOT DELIVERABLE  ");
        assertThat(lineOf("Bałtyk Chłodnia")).contains("  STANDARD  ");
    }

    @Test
    void theStoresOtherPromisesBookTheirWeeksAsInCheck() throws Exception {
        assertThat(run("catalog", "import", sample("catalog.yaml"))).isZero();
        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            store.promises().save(rollout("Ostwind", PromiseStatus.AGREED));
        }
        assertThat(run("promise", "list", "--today", "2026-11-23")).isZero();
        assertThat(lineOf("Ostwind")).contains("  STANDARD  ");

        // One enterprise rollout starts a week: alone it is standard, beside another it needs approval.
        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            store.promises().save(rollout("Northwind Traders", PromiseStatus.DRAFT));
        }
        assertThat(run("promise", "list", "--today", "2026-11-23")).isZero();
        assertThat(lineOf("Ostwind")).contains("  NEEDS APPROVAL (tier 2)  ");
        assertThat(lineOf("Northwind Traders")).contains("  NEEDS APPROVAL (tier 2)  ");
    }

    @Test
    void aDraftWithoutLinesSaysSo() throws Exception {
        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            store.promises().save(Promise.draft(new Customer("Northwind Traders", "NA", null), "First meeting",
                    LocalDate.of(2026, 12, 1)));
        }
        assertThat(run("catalog", "import", sample("catalog.yaml")))
                .isZero();

        assertThat(run("promise", "list", "--today", "2026-11-23")).isZero();
        assertThat(lineOf("Northwind Traders")).contains("  no lines yet  ");
    }

    @Test
    void withoutACatalogNothingIsJudgedAndTheListSaysWhy() throws Exception {
        assertThat(run("promise", "import", sample("promise-baltic.json"))).isZero();

        assertThat(run("promise", "list", "--today", "2026-11-23")).isZero();
        assertThat(lineOf("Bałtyk Chłodnia")).contains("  not judged  ");
        assertThat(out.toString()).contains("No catalog in " + dir.resolve("data") + " to judge the promises against");

        assertThat(run("promise", "list", "--today", "2026-11-23", "--format", "json")).isZero();
        assertThat(json().get(0).get("verdict").isNull()).isTrue();
    }

    private String lineOf(String customer) {
        List<String> lines = out.toString().lines().filter(line -> line.contains(customer)).toList();
        assertThat(lines).as("lines of %s in:%n%s", customer, out).hasSize(1);
        return lines.get(0);
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString());
    }

    private static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList();
    }

    private static Promise rollout(String customer, PromiseStatus status) {
        return new Promise(UUID.randomUUID(), new Customer(customer, "EU", null), "Rollout", LocalDate.of(2026, 11, 23),
                status, List.of(CommitmentLine.of("ONB-ENT", 1, null)), List.of(), List.of(), List.of());
    }
}
