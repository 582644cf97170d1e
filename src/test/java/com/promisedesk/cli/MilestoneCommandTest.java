package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * promise milestone add|done|undone|list against a real store, as a script would use it: on an
 * agreed promise, as the app's M on the list, with the dates the app's fields read.
 */
@Slow
class MilestoneCommandTest {

    private static final String NORTHWIND = "c41f9b27-5d08-4a6e-b3f2-9e8d7c6b5a03";

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
    void importAnAgreedPromise() throws IOException {
        Path agreed = dir.resolve("northwind-agreed.json");
        java.nio.file.Files.writeString(agreed, java.nio.file.Files.readString(Terminal.sample(dir, "promise-northwind.json"))
                .replaceFirst("\"start\"", "\"status\": \"AGREED\", \"start\""));
        assertThat(run("promise", "import", agreed.toString())).as(err.toString()).isZero();
    }

    @Test
    void addsMarksAndListsMilestonesInOrder() {
        assertThat(run("promise", "milestone", "add", NORTHWIND, "--text", "Workspace set up", "--due", "2026-12-01"))
                .isZero();
        assertThat(out.toString()).contains("Added milestone 1");
        assertThat(run("promise", "milestone", "add", NORTHWIND, "--text", "Admins trained", "--due", "2026-12-15"))
                .isZero();
        assertThat(run("promise", "milestone", "done", NORTHWIND, "2")).isZero();
        assertThat(out.toString()).contains("Milestone 2 (Admins trained) is done");

        assertThat(run("promise", "milestone", "list", NORTHWIND)).isZero();
        assertThat(out.toString().lines()).containsExactly("1  open  2026-12-01  Workspace set up",
                "2  done  2026-12-15  Admins trained");
        assertThat(run("promise", "milestone", "undone", NORTHWIND, "2")).isZero();
        assertThat(run("promise", "milestone", "list", NORTHWIND, "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"number\" : 2").contains("\"done\" : false").doesNotContain("\"done\" : true");
    }

    @Test
    void theWrittenSummaryListsTheMilestones() throws IOException {
        assertThat(run("promise", "milestone", "add", NORTHWIND, "--text", "Workspace set up", "--due", "2026-12-01"))
                .isZero();
        assertThat(run("catalog", "import", Terminal.sample(dir, "catalog.yaml").toString())).isZero();
        Path summary = dir.resolve("summary.txt");

        assertThat(run("promise", "export", NORTHWIND, "--format", "txt", "--out", summary.toString()))
                .as(err.toString()).isZero();

        assertThat(java.nio.file.Files.readString(summary)).contains("We will update you at each of these steps.")
                .contains("1 Dec 2026  Workspace set up");
    }

    @Test
    void badInputSaysWhyWithTheDocumentedExitCode() {
        assertThat(run("promise", "milestone", "add", NORTHWIND, "--text", "Go live", "--due", "next week"))
                .as("a date no field reads is bad usage").isEqualTo(64);
        assertThat(err.toString()).contains("--due").contains("\"next week\" is not a date")
                .contains("2026-12-21, 21 Dec 2026, 21.12.2026 or 21/12/2026")
                .doesNotContain("Exception").doesNotContain("java.");
        assertThat(run("promise", "milestone", "add", NORTHWIND, "--text", "Go live", "--due", "31.02.2027"))
                .as("a day that does not exist is not moved to the 28th").isEqualTo(64);
        assertThat(run("promise", "milestone", "add", NORTHWIND, "--text", " ", "--due", "2026-12-01")).isEqualTo(65);
        assertThat(err.toString()).contains("text");
        assertThat(run("promise", "milestone", "done", NORTHWIND, "3")).isEqualTo(65);
        assertThat(err.toString()).contains("no milestone 3").contains("none yet");
        assertThat(run("promise", "milestone", "list", "3f2b8c1e-0000-4000-8000-000000000001")).isEqualTo(65);
        assertThat(err.toString()).contains("No promise 3f2b8c1e-0000-4000-8000-000000000001");
        assertThat(run("promise", "milestone", "list", NORTHWIND)).isZero();
        assertThat(out.toString()).contains("no milestones yet");
    }

    @Test
    void theDueDateIsReadAsTheAppsDateFieldsReadIt() {
        assertThat(run("promise", "milestone", "add", NORTHWIND, "--text", "Boxes fitted", "--due", "21.12.2026"))
                .as(err.toString()).isZero();
        assertThat(run("promise", "milestone", "add", NORTHWIND, "--text", "Drivers trained", "--due", "22/12/2026"))
                .as(err.toString()).isZero();
        assertThat(run("promise", "milestone", "add", NORTHWIND, "--text", "Go live", "--due", "4 jan 2027"))
                .as(err.toString()).isZero();

        assertThat(run("promise", "milestone", "list", NORTHWIND)).isZero();
        assertThat(out.toString().lines()).containsExactly("1  open  2026-12-21  Boxes fitted",
                "2  open  2026-12-22  Drivers trained", "3  open  2027-01-04  Go live");
    }

    @Test
    void aMilestoneIsNeverDueBeforeThePreviousOne() {
        assertThat(run("promise", "milestone", "add", NORTHWIND, "--text", "Admins trained", "--due", "2026-12-15"))
                .isZero();

        assertThat(run("promise", "milestone", "add", NORTHWIND, "--text", "Workspace set up", "--due", "2026-12-01"))
                .isEqualTo(65);
        assertThat(err.toString()).contains("2026-12-01").contains("before milestone 1").contains("2026-12-15")
                .doesNotContain("Exception");
        assertThat(run("promise", "milestone", "add", NORTHWIND, "--text", "Go live", "--due", "2026-12-15"))
                .as("the same day as the one before is fine").isZero();
        assertThat(run("promise", "milestone", "list", NORTHWIND)).isZero();
        assertThat(out.toString().lines()).extracting(l -> l.split("  ")[3]).containsExactly("Admins trained", "Go live");
    }

    @Test
    void aPromiseNotYetAgreedTakesNoMilestonesAsInTheApp() throws IOException {
        String draft = "0e7a5f13-2c64-4b8e-a1d9-7f3e6c2b9a02";
        assertThat(run("promise", "import", Terminal.sample(dir, "promise-ostwind.json").toString())).isZero();

        assertThat(run("promise", "milestone", "add", draft, "--text", "Go live", "--due", "2027-01-29")).isEqualTo(65);
        assertThat(err.toString()).contains("once the promise is agreed").contains("Draft");
        assertThat(run("promise", "milestone", "list", draft)).isZero();
        assertThat(out.toString()).contains("no milestones yet");
    }
}
