package com.promisedesk.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Verdict;
import com.promisedesk.file.CatalogFile;
import com.promisedesk.file.PromiseFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the catalog owner's preview says before Publish: the capabilities a new catalog adds,
 * changes (in a few words) and retires, and how many lines of open promises the checker would
 * judge differently, by verdict. The sample catalog and the Ostwind promise, moved eleven years
 * on (2037 has 2026's calendar), so nothing in them has passed on the day this runs.
 */
class CatalogPreviewTest {

    static final LocalDate TODAY = LocalDate.of(2037, 11, 23);

    static String sample(String name) throws IOException {
        try (InputStream in = CatalogPreviewTest.class.getResourceAsStream("/com/promisedesk/sample/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("2026-", "2037-").replace("2027-", "2038-");
        }
    }

    /**
     * The sample catalog as version 2037.12.1: up to 500 telematics boxes G3 per line are standard
     * (were 250), SAP integration retired, predictive maintenance (the first of two with its lead time and regions) 8 business days in the EU only,
     * e-learning gone, and a new capability.
     */
    static String nextCatalog(String published) {
        return published.replace("version: \"2026.11.2\"", "version: \"2037.12.1\"")
                .replace("maxQuantity: { standard: 250, stretch: [ { tier: 2, max: 500 }, { tier: 4, max: 1500 } ] }",
                        "maxQuantity: { standard: 500, stretch: [ { tier: 4, max: 1500 } ] }")
                .replace("    owner: Integrations Team\n    status: available\n    leadTime: { standard: 30,",
                        "    owner: Integrations Team\n    status: retired\n    leadTime: { standard: 30,")
                .replaceFirst(Pattern.quote("    regions: [EU, NA]\n    leadTime: { standard: 10, stretch: [ { tier: 2, min: 7 } ] }"),
                        "    regions: [EU]\n    leadTime: { standard: 8, stretch: [ { tier: 2, min: 7 } ] }")
                .replaceAll("(?s)  - code: TRAIN-ELEARN\n.*?\n\n", "")
                .replace("capabilities:\n", "capabilities:\n  - code: FLEET-TRAILER\n    name: Trailer tracking\n"
                        + "    category: product\n    summary: \"Where every trailer is.\"\n    owner: Product Management\n"
                        + "    status: available\n    leadTime: { standard: 5 }\n\n");
    }

    @Test
    void theChangesAreNamedCapabilityByCapabilityInAFewWords() throws Exception {
        String published = sample("catalog.yaml");
        Catalog before = CatalogFile.parse(published, "catalog.yaml");
        Catalog after = CatalogFile.parse(nextCatalog(published), "catalog-2037.yaml");

        CatalogChanges changes = CatalogChanges.between(before, after);

        assertThat(changes.added()).containsExactly(new CatalogChanges.Item("FLEET-TRAILER", "Trailer tracking", "",
                "Where every trailer is."));
        assertThat(changes.changed()).containsExactly(
                new CatalogChanges.Item("FLEET-MAINT", "Predictive maintenance",
                        "regions EU, NA → EU; lead time 10 → 8 business days"),
                new CatalogChanges.Item("HW-BOX-G3", "Telematics box G3", "limit 250 → 500 per line"));
        assertThat(changes.retired()).containsExactly(
                new CatalogChanges.Item("INT-ERP-SAP", "SAP integration", "status retired"),
                new CatalogChanges.Item("TRAIN-ELEARN", before.capability("TRAIN-ELEARN").orElseThrow().name(),
                        "no longer in the catalog"));
        assertThat(changes.wide()).isEmpty();
        assertThat(CatalogChanges.between(before, before).none()).as("the same catalog changes nothing").isTrue();
    }

    @Test
    void linesOfOpenPromisesJudgedDifferentlyAreCountedByTheirNewVerdict() throws Exception {
        String published = sample("catalog.yaml");
        Catalog before = CatalogFile.parse(published, "catalog.yaml");
        Catalog after = CatalogFile.parse(nextCatalog(published), "catalog-2037.yaml");
        Promise ostwind = PromiseFile.parse(sample("promise-ostwind.json"), "promise-ostwind.json");
        ObjectNode withdrawn = (ObjectNode) new ObjectMapper().readTree(sample("promise-ostwind.json"));
        withdrawn.put("id", "5b0c1e2a-9d3f-4c6e-8a7b-2f1d0e9c8b7a").put("status", "WITHDRAWN");

        VerdictShifts shifts = VerdictShifts.of(List.of(ostwind, PromiseFile.parse(withdrawn, "withdrawn")),
                before, after, TODAY);

        // Line 6, 450 boxes G3: tier 2 under the old limit of 250, standard under 500. Line 7, SAP
        // integration: needs approval (26 business days instead of 30), then retired. The withdrawn
        // copy is not open, so it is not counted.
        assertThat(shifts.becoming()).isEqualTo(Map.of(Verdict.STANDARD, 1, Verdict.NOT_DELIVERABLE, 1));
        assertThat(shifts.summary()).isEqualTo("1 line would become Standard, 1 Not deliverable");
        assertThat(shifts.scope()).isEqualTo("in 1 of 1 open promise (10 lines) on the central store");
        VerdictShifts none = VerdictShifts.of(List.of(ostwind), before, before, TODAY);
        assertThat(none.summary()).isEqualTo("No line of an open promise would be judged differently");
        assertThat(none.scope()).isEqualTo("in 0 of 1 open promise (10 lines) on the central store");
    }
}
