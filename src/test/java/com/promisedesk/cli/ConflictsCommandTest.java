package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.Slow;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * conflicts list and conflicts resolve on a conflict made for real: one rep's laptop and tablet
 * edit the same promise offline and sync with a real central store; the tablet, syncing second,
 * holds the conflict. Its rules are the app's Conflicts screen's.
 */
@Slow
class ConflictsCommandTest {

    private static final String NORTHWIND = "c41f9b27-5d08-4a6e-b3f2-9e8d7c6b5a03";

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private CentralStoreAtHand central;
    private String laptop;
    private String tablet;

    private int run(String... args) {
        int exit = central.run(args);
        out = central.out;
        err = central.err;
        return exit;
    }

    /**
     * The laptop retitles the promise and trains three dispatchers instead of two; the tablet adds
     * premium support as line 8 and an expectation that points at it.
     */
    @BeforeEach
    void twoDevicesEditOfflineAndTheTabletSyncsSecond() throws IOException {
        central = new CentralStoreAtHand(dir.resolve("central"));
        assertThat(run("--data-dir", dir.resolve("central").toString(), "server", "token", "create", "--user", "anna",
                "--role", "rep")).as(err.toString()).isZero();
        String[] printed = out.toString().strip().split("\n");
        String token = printed[printed.length - 1].strip();
        laptop = dir.resolve("laptop").toString();
        tablet = dir.resolve("tablet").toString();
        Path file = Terminal.sample(dir, "promise-northwind.json");
        String original = Files.readString(file);
        assertThat(run("--data-dir", laptop, "promise", "import", file.toString())).isZero();
        assertThat(run("--data-dir", laptop, "sync", "--quiet", "--server", central.server.uri().toString(), "--token", token))
                .as(err.toString()).isZero();
        assertThat(run("--data-dir", tablet, "sync", "--quiet", "--server", central.server.uri().toString(), "--token", token))
                .as(err.toString()).isZero();
        assertThat(run("--data-dir", tablet, "catalog", "import", Terminal.sample(dir, "catalog.yaml").toString())).isZero();

        Files.writeString(file, original.replace("Fleet analytics for", "Fleet analytics, laptop, for")
                .replace("\"quantity\": 2, \"date\": \"2026-12-22\"", "\"quantity\": 3, \"date\": \"2026-12-22\""));
        assertThat(run("--data-dir", laptop, "promise", "import", file.toString())).isZero();
        Files.writeString(file, original.replace("\"date\": \"2026-12-22\" }", "\"date\": \"2026-12-22\" },\n"
                        + "    { \"capability\": \"SUP-PREM\", \"quantity\": 1 }")
                .replace("\"status\": \"NOT_MET\" }", "\"status\": \"NOT_MET\" },\n"
                        + "    { \"text\": \"Someone to call at night\", \"lines\": [7], \"status\": \"OPEN\" }"));
        assertThat(run("--data-dir", tablet, "promise", "import", file.toString())).as(err.toString()).isZero();

        assertThat(run("--data-dir", laptop, "sync", "--quiet")).as(err.toString()).isZero();
        assertThat(run("--data-dir", tablet, "sync", "--quiet")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 kept as a conflict");
    }

    @AfterEach
    void stopServer() {
        central.close();
    }

    private JsonNode listed() throws IOException {
        assertThat(run("--data-dir", tablet, "conflicts", "list", "--format", "json")).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private String conflictId() throws IOException {
        return listed().get(0).get("id").asText();
    }

    private JsonNode promiseOn(String device) throws IOException {
        assertThat(run("--data-dir", device, "promise", "show", NORTHWIND, "--format", "json")).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void theListGivesBothValuesOfEachFieldThatDiffersAndTheSideTheAppWouldOffer() {
        assertThat(run("--data-dir", tablet, "conflicts", "list")).as(err.toString()).isZero();

        assertThat(out.toString()).contains("differs in: title, lines, expectations")
                .contains("  title: changed in theirs, suggested theirs\n"
                        + "    theirs  Fleet analytics, laptop, for the Chicago and Toronto depots\n"
                        + "    yours   Fleet analytics for the Chicago and Toronto depots\n")
                .contains("  lines: changed on both, suggested theirs\n"
                        + "    theirs  7 lines, 1 not in yours:\n"
                        + "              7. Dispatcher workshop × 3 · Tue 22 Dec 2026\n"
                        + "    yours   8 lines, 2 not in theirs:\n"
                        + "              7. Dispatcher workshop × 2 · Tue 22 Dec 2026\n"
                        + "              8. Premium support × 1 · standard date\n")
                .contains("  expectations: goes with the lines, suggested theirs\n");
    }

    @Test
    void theJsonListHasTheValuesToo() throws IOException {
        JsonNode fields = listed().get(0).get("fields");

        assertThat(fields).extracting(f -> f.get("field").asText()).containsExactly("title", "lines", "expectations");
        JsonNode title = fields.get(0);
        assertThat(title.get("theirs").asText()).isEqualTo("Fleet analytics, laptop, for the Chicago and Toronto depots");
        assertThat(title.get("yours").asText()).isEqualTo("Fleet analytics for the Chicago and Toronto depots");
        assertThat(title.get("base").asText()).isEqualTo("Fleet analytics for the Chicago and Toronto depots");
        assertThat(title.get("suggested").asText()).isEqualTo("theirs");
        assertThat(fields.get(1).get("yours")).hasSize(8);
        assertThat(fields.get(1).get("yours").get(7).asText()).isEqualTo("8. Premium support × 1 · standard date");
        assertThat(fields.get(2).get("change").asText()).isEqualTo("goes with the lines");
    }

    @Test
    void resolvingTakesASideForEveryFieldOnceAndTheResolutionSyncs() throws IOException {
        String id = conflictId();

        assertThat(run("--data-dir", tablet, "conflicts", "resolve", id, "--take", "yours")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Resolved conflict " + id).contains("title: yours").contains("lines: yours")
                .contains("next sync");
        assertThat(run("--data-dir", tablet, "conflicts", "resolve", id, "--take", "theirs")).isEqualTo(65);
        assertThat(err.toString()).contains("resolved here already").contains("next sync").doesNotContain("Exception");

        assertThat(run("--data-dir", tablet, "sync", "--quiet")).as(err.toString()).isZero();
        assertThat(run("--data-dir", laptop, "sync", "--quiet")).as(err.toString()).isZero();
        JsonNode onLaptop = promiseOn(laptop);
        assertThat(onLaptop.get("title").asText()).isEqualTo("Fleet analytics for the Chicago and Toronto depots");
        assertThat(onLaptop.get("lines")).hasSize(8);
        assertThat(run("--data-dir", tablet, "conflicts", "list")).isZero();
        assertThat(out.toString().strip()).isEqualTo("No conflicts.");
    }

    @Test
    void whatPointsAtTheLinesGoesWithTheLinesAndEachFieldCanBeTakenApart() throws IOException {
        String id = conflictId();

        assertThat(run("--data-dir", tablet, "conflicts", "resolve", id, "--take", "lines=theirs", "--take",
                "expectations=yours")).isEqualTo(65);
        assertThat(err.toString()).contains("take lines, expectations and responsibilities from the same side");
        assertThat(run("--data-dir", tablet, "conflicts", "resolve", id, "--take", "lines=yours")).as(err.toString())
                .isZero();

        JsonNode saved = promiseOn(tablet);
        assertThat(saved.get("title").asText()).as("the side suggested where no --take names it")
                .isEqualTo("Fleet analytics, laptop, for the Chicago and Toronto depots");
        assertThat(saved.get("lines")).hasSize(8);
        assertThat(saved.get("expectations")).as("the expectation of line 8 came with the lines").hasSize(5);
    }

    @Test
    void aWrongTakeIsBadUsageAndAnUnknownConflictBadData() throws IOException {
        String id = conflictId();

        for (String take : new String[] {"mine", "colour=yours", "title=both", "title"}) {
            assertThat(run("--data-dir", tablet, "conflicts", "resolve", id, "--take", take)).as(take).isEqualTo(64);
            assertThat(err.toString()).contains("--take").contains("yours").doesNotContain("Exception");
        }
        assertThat(run("--data-dir", tablet, "conflicts", "resolve", id)).isEqualTo(64);
        assertThat(run("--data-dir", tablet, "conflicts", "resolve", "3f2b8c1e-0000-4000-8000-000000000001", "--take",
                "yours")).isEqualTo(65);
        assertThat(err.toString()).contains("no open conflict 3f2b8c1e-0000-4000-8000-000000000001")
                .contains("conflicts list");
        assertThat(listed().get(0).get("status").asText()).as("nothing was resolved").isEqualTo("open");
    }
}
