package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.Slow;
import com.promisedesk.server.CentralServer;
import com.promisedesk.server.ServerCommand;
import com.promisedesk.server.ServerDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * A catalog whose support, commercial and planned capabilities document no lead time
 * (src/test/resources/com/promisedesk/no-lead-time): every command that reads a catalog takes it.
 */
@Slow
class CatalogWithoutLeadTimeTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** Runs in this test's own data folder, never the user's. */
    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Terminal.runIn(dir.resolve("data"), out, err, args);
    }

    private Path file(String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            try (InputStream in = getClass().getResourceAsStream("/com/promisedesk/no-lead-time/" + name)) {
                Files.copy(in, file);
            }
        }
        return file;
    }

    /** The test promise with {@code find} replaced, as another promise file. */
    private Path promiseWith(String find, String replacement) throws IOException {
        String text = Files.readString(file("promise.json"));
        assertThat(text).containsOnlyOnce(find);
        Path changed = dir.resolve("changed-promise.json");
        Files.writeString(changed, text.replace(find, replacement));
        return changed;
    }

    @Test
    void validateAcceptsIt() throws IOException {
        assertThat(run("catalog", "validate", file("catalog.yaml").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("is valid").contains("5 capabilities");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void checkJudgesItsDatesByTheOtherRulesOnly() throws IOException {
        assertThat(run("check", "--today", "2026-11-23", file("promise.json").toString(), "--catalog", file("catalog.yaml").toString(),
                "--format", "json")).as(err.toString()).isZero();

        JsonNode check = new ObjectMapper().readTree(out.toString());
        assertThat(check.get("verdict").asText()).isEqualTo("STANDARD");
        JsonNode lines = check.get("lines");
        assertThat(lines.get(1).get("suggestedDate").asText()).as("support without a date: E, the start")
                .isEqualTo("2026-11-23");
        assertThat(lines.get(1).get("reasons").get(0).asText()).isEqualTo(
                "No date was given, so Standard support is promised from Mon 23 Nov 2026, the first business day of the promise.");
        assertThat(lines.get(3).get("verdict").asText()).as("a discount six weeks on is no under-promise")
                .isEqualTo("STANDARD");
        assertThat(lines.get(4).get("suggestedDate").asText()).as("planned: E is the day it is available")
                .isEqualTo("2027-03-01");
    }

    @ParameterizedTest(name = "{2}: exit {1}")
    @CsvSource(delimiter = '|', value = {
            "\"responseHours\": 8|\"responseHours\": 4|2|a better response time needs tier 2",
            "\"date\": \"2027-03-01\"|\"date\": \"2027-02-26\"|3|planned, dated before it is available",
            "\"capability\": \"COM-DISC\", \"date\": \"2027-01-04\"|\"capability\": \"COM-DISC\", \"date\": \"2026-11-20\"|3|dated before the promise starts"})
    void checkExitsByTheWorstVerdict(String find, String replacement, int exitCode, String why) throws IOException {
        assertThat(run("check", "--today", "2026-11-23", promiseWith(find, replacement).toString(), "--catalog", file("catalog.yaml").toString()))
                .as(why + ": " + out + err).isEqualTo(exitCode);
    }

    @Test
    void exportWritesThePdfWithSuchLinesPromisedFromTheirDate() throws IOException {
        Path pdf = dir.resolve("summary.pdf");

        assertThat(run("export", file("promise.json").toString(), "--catalog", file("catalog.yaml").toString(),
                "--format", "pdf", "--out", pdf.toString(), "--locale", "en-GB", "--date", "2026-11-23"))
                .as(err.toString()).isZero();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Standard support", "From 23 Nov 2026", "Payment terms", "From 4 Jan 2027",
                    "From 1 Mar 2027", "Standard onboarding", "14 Dec 2026");
        }
    }

    @Test
    void catalogImportThenPromiseImportAndCheckAgainstTheStore() throws IOException {
        assertThat(run("catalog", "import", file("catalog.yaml").toString())).as(err.toString()).isZero();
        assertThat(run("promise", "import", file("promise.json").toString())).as(err.toString()).isZero();

        assertThat(run("check", "--today", "2026-11-23", file("promise.json").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Standard support");
    }

    @Test
    void publishSendsItToTheCentralStoreWhichParsesItAndARepPullsIt() throws IOException {
        ServerDatabase database = ServerDatabase.sqlite(dir.resolve("central"));
        CentralServer server = CentralServer.start(database, CentralServer.Settings.loopback(0), Clock.systemUTC());
        try {
            String owner = token("carl", "catalog-owner");
            String rep = token("anna", "rep");
            String url = server.uri().toString();

            assertThat(run("catalog", "publish", file("catalog.yaml").toString(), "--server", url, "--token", owner))
                    .as(err.toString()).isZero();
            assertThat(out.toString()).contains("Published catalog 2026.11.3");
            assertThat(run("promise", "import", file("promise.json").toString())).as(err.toString()).isZero();
            assertThat(run("sync", "--server", url, "--token", rep)).as(err.toString()).isZero();
            assertThat(out.toString()).contains("pushed 1").contains("new catalog 2026.11.3");
        } finally {
            server.stop();
            database.close();
        }
    }

    /** Creates a token on the central store's data folder and returns it. */
    private String token(String user, String role) {
        StringWriter printed = new StringWriter();
        CommandLine commandLine = PromiseDeskCommand.commandLine((dataDir, measure) -> OptionalLong.of(1),
                new ServerCommand());
        commandLine.setOut(new PrintWriter(printed, true));
        commandLine.setErr(new PrintWriter(err, true));
        assertThat(commandLine.execute("--data-dir", dir.resolve("central").toString(), "server", "token", "create",
                "--user", user, "--role", role)).as(err.toString()).isZero();
        String[] lines = printed.toString().strip().split("\n");
        return lines[lines.length - 1].strip();
    }
}
