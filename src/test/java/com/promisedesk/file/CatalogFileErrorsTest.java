package com.promisedesk.file;

import static com.promisedesk.file.FileTexts.CATALOG_YAML;
import static com.promisedesk.file.FileTexts.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bad catalog is the good one with one snippet changed; the message must name the right line, field and why. */
class CatalogFileErrorsTest {

    record Bad(String find, String replacement, int line, String field, String why) {
    }

    static Stream<Arguments> badCatalogs() {
        return Stream.of(
                bad("negative lead time", "standard: 15", "standard: -2",
                        32, "capabilities[1].leadTime.standard", "must be at least 0, was -2"),
                bad("lead time that is not a number", "standard: 15", "standard: abc",
                        32, "capabilities[1].leadTime.standard", "must be a whole number, was \"abc\""),
                bad("lead time with a fraction", "standard: 15", "standard: 1.5",
                        32, "capabilities[1].leadTime.standard", "must be a whole number, was 1.5"),
                bad("translated name without its English", "name: Standard onboarding", "name: { de: Standard-Onboarding }",
                        24, "capabilities[1].name.en", "required"),
                bad("translated name in a language the app has no words for", "name: Standard onboarding",
                        "name: { en: Standard onboarding, it: Onboarding standard }",
                        24, "capabilities[1].name.it", "is not a known field; allowed here: en, de, fr, es, pl"),
                bad("unknown field", "    owner: Customer Success", "    ownr: Customer Success",
                        27, "capabilities[1].ownr", "is not a known field; allowed here: code, name, category"),
                bad("unknown field in another case", "    leadTime:\n", "    leadtime:\n",
                        31, "capabilities[1].leadtime", "did you mean \"leadTime\"?"),
                bad("unknown top-level field", "policy:\n", "polcy:\n",
                        7, "polcy", "allowed here: catalog, policy, capabilities"),
                bad("published not an ISO date", "published: 2026-11-20", "published: 20.11.2026",
                        3, "catalog.published", "must be a date written YYYY-MM-DD, was \"20.11.2026\""),
                bad("closed day that does not exist", "2026-12-31]", "2026-12-32]",
                        6, "catalog.calendar.closed[1]", "must be a date written YYYY-MM-DD, was \"2026-12-32\""),
                bad("unknown status", "status: available", "status: avialable",
                        28, "capabilities[1].status", "must be one of available, limited, planned, retired; was \"avialable\""),
                bad("unknown category", "category: product", "category: goods",
                        44, "capabilities[2].category", "must be one of product, service, support, delivery, commercial"),
                bad("unknown better", "better: lower", "better: less",
                        40, "capabilities[1].terms[0].better", "must be one of lower, higher; was \"less\""),
                bad("duplicate capability code", "code: AI-ASSIST", "code: SSO-SETUP",
                        42, "capabilities[2].code", "repeats the code \"SSO-SETUP\""),
                bad("stretch step naming an undefined tier", "{ tier: 3, min: 7 }", "{ tier: 4, min: 7 }",
                        33, "capabilities[1].leadTime.stretch[1].tier", "names tier 4, which policy.tiers does not define"),
                bad("term stretch naming an undefined tier", "{ tier: 2, value: 4.5 }", "{ tier: 9, value: 4.5 }",
                        41, "capabilities[1].terms[0].stretch[0].tier", "names tier 9"),
                bad("requires an unknown code", "capability: SSO-SETUP", "capability: SSO-X",
                        37, "capabilities[1].requires[0].capability", "names \"SSO-X\", which is not a capability of this catalog"),
                bad("requirement naming both", "{ capability: SSO-SETUP, before: 5 }",
                        "{ capability: SSO-SETUP, customer: Metadata, before: 5 }",
                        37, "capabilities[1].requires[0]", "names both a capability and a customer"),
                bad("zero maximum quantity", "maxQuantity: { standard: 1,", "maxQuantity: { standard: 0,",
                        34, "capabilities[1].maxQuantity.standard", "must be at least 1, was 0"),
                bad("zero capacity", "perWeek: 4", "perWeek: 0",
                        35, "capabilities[1].capacity.perWeek", "must be at least 1, was 0"),
                bad("missing owner", "    owner: Identity team\n", "",
                        16, "capabilities[0].owner", "is required"),
                bad("lead time given without its standard", "leadTime: { standard: 5 }", "leadTime: { stretch: [] }",
                        22, "capabilities[0].leadTime.standard", "is required"),
                bad("missing published", "  published: 2026-11-20\n", "",
                        1, "catalog.published", "is required"),
                bad("planned without availableFrom", "    availableFrom: 2027-03-01\n", "",
                        42, "capabilities[2].availableFrom", "is required for a planned capability"),
                bad("stretch minimum above the standard, steps written out of tier order",
                        "stretch: [ { tier: 1, min: 10 }, { tier: 3, min: 7 } ]",
                        "stretch: [ { tier: 3, min: 7 }, { tier: 1, min: 20 } ]",
                        33, "capabilities[1].leadTime.stretch[1].min", "must not exceed the standard lead time 15, was 20"),
                bad("term stretch worse than the standard", "value: 4.5", "value: 12",
                        41, "capabilities[1].terms[0].stretch[0].value", "must be better than the standard 8"),
                bad("tier that is not a number", "    3: { approvers", "    x: { approvers",
                        11, "policy.tiers.x", "must be named by a tier number"),
                bad("bespoke tier not defined", "bespokeTier: 3", "bespokeTier: 7",
                        12, "policy.bespokeTier", "names tier 7, which policy.tiers does not define"),
                bad("negative slack", "slackPercent: 25", "slackPercent: -1",
                        14, "policy.underPromise.slackPercent", "must be at least 0, was -1"),
                bad("country that is not a code", "country: DE", "country: Germany",
                        5, "catalog.calendar.country", "must be a two-letter ISO country code"),
                bad("country YAML reads as a boolean", "country: DE", "country: NO",
                        5, "catalog.calendar.country", "must be text, was read as false"),
                bad("regions not a list", "regions: [EU, NA]", "regions: EU",
                        30, "capabilities[1].regions", "must be a list, was \"EU\""),
                bad("capability that is not a mapping", "  - code: AI-ASSIST\n", "  - AI-ASSIST\n  - code: AI-ASSIST\n",
                        42, "capabilities[2]", "must be a mapping with the fields code, name"),
                bad("YAML syntax error", "closed: [2026-12-24, 2026-12-31]", "closed: [2026-12-24, 2026-12-31",
                        7, "", "not valid YAML"),
                bad("field given twice", "    name: AI assistant\n", "    name: AI assistant\n    name: Again\n",
                        44, "", "the field 'name' appears twice"));
    }

    private static Arguments bad(String name, String find, String replacement, int line, String field, String why) {
        return Arguments.of(Named.of(name, new Bad(find, replacement, line, field, why)));
    }

    @ParameterizedTest
    @MethodSource("badCatalogs")
    void namesTheLineFieldAndWhy(Bad bad) {
        String text = replaceOnce(CATALOG_YAML, bad.find(), bad.replacement());

        BadFileException e = reject(text, "catalog.yaml");

        assertThat(e.file()).isEqualTo("catalog.yaml");
        assertThat(e.line()).as(e.getMessage()).isEqualTo(bad.line());
        assertThat(e.field()).as(e.getMessage()).isEqualTo(bad.field());
        assertThat(e.why()).as(e.getMessage()).contains(bad.why()).doesNotContain("[Source", "\n");
        assertThat(e.getMessage()).startsWith("catalog.yaml:" + bad.line() + ":")
                .contains(bad.field().isEmpty() ? ": " : ": " + bad.field() + ": ");
    }

    @Test
    void pointsAtTheColumnOfTheKey() {
        BadFileException e = reject(replaceOnce(CATALOG_YAML, "standard: 15", "standard: -2"), "catalog.yaml");

        assertThat(e.getMessage()).isEqualTo(
                "catalog.yaml:32:7: capabilities[1].leadTime.standard: must be at least 0, was -2");
    }

    @Test
    void pointsAtTheListElement() {
        BadFileException e = reject(replaceOnce(CATALOG_YAML, "2026-12-31]", "2026-12-32]"), "catalog.yaml");

        assertThat(e.column()).isEqualTo(26);
    }

    @Test
    void refusesAVeryLongLineNamingItAtOnce() {
        String longComment = "# " + "x".repeat(2 * 1024 * 1024) + "\n";
        long start = System.nanoTime();
        BadFileException e = reject(CATALOG_YAML.replaceFirst("\n", "\n" + longComment), "catalog.yaml");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(e.getMessage()).startsWith("catalog.yaml:2:").contains("line 2 is 2,097,154 characters long")
                .contains("at most 100,000");
        // The YAML reader took 1.6 s on such a line; refusing it is one pass over the text.
        assertThat(millis).as("answered in %d ms", millis).isLessThan(1_000);
    }

    @Test
    void rejectsAnEmptyFile() {
        BadFileException e = reject("# nothing here\n", "catalog.yaml");

        assertThat(e.line()).isZero();
        assertThat(e.field()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("catalog.yaml: the file is empty");
    }

    @Test
    void rejectsATopLevelThatIsNotAMapping() {
        BadFileException e = reject("- code: A\n- code: B\n", "catalog.yaml");

        assertThat(e.getMessage()).isEqualTo("catalog.yaml:1:1: the top level must be a mapping with the fields "
                + "catalog, policy, capabilities, was a list");
    }

    @Test
    void findsTheLineInJsonToo() {
        String json = replaceOnce(FileTexts.CATALOG_JSON, "\"standard\": 15", "\"standard\": -2");

        BadFileException e = reject(json, "catalog.json");

        assertThat(e.getMessage()).startsWith("catalog.json:18:")
                .endsWith("capabilities[1].leadTime.standard: must be at least 0, was -2");
    }

    @Test
    void reportsJsonSyntaxErrorsWithTheirLine() {
        String json = replaceOnce(FileTexts.CATALOG_JSON, "\"bespokeTier\": 3,", "\"bespokeTier\": 3");

        BadFileException e = reject(json, "catalog.json");

        assertThat(e.line()).isEqualTo(8);
        assertThat(e.why()).startsWith("not valid JSON: ");
    }

    private static BadFileException reject(String text, String fileName) {
        BadFileException e = catchThrowableOfType(BadFileException.class, () -> CatalogFile.parse(text, fileName));
        assertThat(e).as("the catalog is rejected").isNotNull();
        return e;
    }
}
