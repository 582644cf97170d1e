package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code promisedesk export} and {@code promisedesk promise export}: files, revisions, sender, bad input. */
class ExportCommandTest {

    private static final String NORTHWIND_ID = "c41f9b27-5d08-4a6e-b3f2-9e8d7c6b5a03";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Terminal.run(out, err, args);
    }

    private String sample(String name) throws IOException {
        return Terminal.sample(dir, name).toString();
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "md", "txt"})
    void writesTheSummaryWithTheProfileAndOverrides(String format) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/profile.properties"),
                "company=Fleetwise GmbH\nrep=Jonas Keller\nemail=jonas@fleetwise.example\nphone=+49 30 1\n");
        Path file = dir.resolve("out/summary." + format);

        int exit = run("--data-dir", data(), "export", sample("promise-northwind.json"), "--catalog",
                sample("catalog.yaml"), "--format", format, "--out", file.toString(), "--rep", "Anna Sommer",
                "--locale", "en-US", "--date", "2026-11-23");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Fleetwise GmbH", "Anna Sommer",
                "jonas@fleetwise.example", "Northwind Traders", "Nov 23, 2026").doesNotContain("Jonas Keller");
        assertThat(out.toString()).contains("Wrote the", file.toString(), "SHA-256 ");
    }

    @Test
    void writesAPdfOnTheChosenPaper() throws IOException {
        Path file = dir.resolve("summary.pdf");

        assertThat(run("--data-dir", data(), "export", sample("promise-ostwind.json"), "--catalog",
                sample("catalog.yaml"), "--format", "pdf", "--out", file.toString(), "--paper", "letter",
                "--company", "Ελληνική Α.Ε.")).as(err.toString()).isZero();

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Ελληνική Α.Ε.", "Ostwind Spedition GmbH");
        }
    }

    @Test
    void thePaperAndLocaleSavedInSettingsAreUsedUnlessAnOptionIsGiven() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/profile.properties"), "company=Fleetwise GmbH\npaper=letter\nlocale=en-US\n");
        Path saved = dir.resolve("saved.pdf");
        Path given = dir.resolve("given.pdf");

        assertThat(run("--data-dir", data(), "export", sample("promise-ostwind.json"), "--catalog",
                sample("catalog.yaml"), "--format", "pdf", "--out", saved.toString(), "--date", "2026-11-23"))
                .as(err.toString()).isZero();
        assertThat(run("--data-dir", data(), "export", sample("promise-ostwind.json"), "--catalog",
                sample("catalog.yaml"), "--format", "pdf", "--out", given.toString(), "--date", "2026-11-23",
                "--locale", "en-GB")).as(err.toString()).isZero();

        try (PDDocument pdf = Loader.loadPDF(saved.toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("Letter").isEqualTo(612f);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Nov 23, 2026");
        }
        try (PDDocument pdf = Loader.loadPDF(given.toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("A4, as en-GB has it").isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(new PDFTextStripper().getText(pdf)).contains("23 Nov 2026");
        }
    }

    @Test
    void badInputExits65NamingTheFile() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"customer\": ");

        assertThat(run("export", broken.toString(), "--catalog", sample("catalog.yaml"), "--format", "txt",
                "--out", dir.resolve("x.txt").toString())).isEqualTo(65);
        assertThat(err.toString()).contains("broken.json");
        assertThat(run("export", dir.resolve("missing.json").toString(), "--catalog", sample("catalog.yaml"),
                "--format", "txt", "--out", dir.resolve("x.txt").toString())).isEqualTo(65);
        assertThat(run("export", sample("promise-baltic.json"), "--catalog", sample("catalog.yaml"), "--format", "doc",
                "--out", dir.resolve("x.txt").toString())).isEqualTo(PromiseDeskCommand.BAD_USAGE);
        assertThat(err.toString()).contains("\"doc\" is not a summary format");
    }

    @Test
    void promiseExportFromTheStoreIssuesNumberedRevisions() throws IOException {
        assertThat(run("--data-dir", data(), "catalog", "import", sample("catalog.yaml"))).as(err.toString()).isZero();
        assertThat(run("--data-dir", data(), "promise", "import", sample("promise-northwind.json"))).isZero();
        Path preview = dir.resolve("preview.txt");
        Path first = dir.resolve("r1.txt");
        Path second = dir.resolve("r2.md");

        assertThat(run("--data-dir", data(), "promise", "export", NORTHWIND_ID, "--format", "txt", "--out",
                preview.toString())).as(err.toString()).isZero();
        assertThat(run("--data-dir", data(), "promise", "export", NORTHWIND_ID, "--format", "txt", "--out",
                first.toString(), "--issue")).as(err.toString()).isZero();
        // A change the customer reads makes the next revision (an unchanged promise makes none: IssueOnceTest).
        try (com.promisedesk.store.LocalStore store = com.promisedesk.store.LocalStore.open(dir.resolve("data"))) {
            var promise = store.promises().find(java.util.UUID.fromString(NORTHWIND_ID)).orElseThrow();
            store.promises().save(promise.withTitle(promise.title() + ", phase 2"));
        }
        assertThat(run("--data-dir", data(), "promise", "export", NORTHWIND_ID, "--format", "md", "--out",
                second.toString(), "--issue")).as(err.toString()).isZero();

        assertThat(Files.readString(preview)).contains("Revision:    Not issued (preview)");
        assertThat(Files.readString(first)).contains("Revision:    1", "Revision 1 · Issued");
        assertThat(Files.readString(second)).contains("Revision: 2");
        assertThat(out.toString()).contains("Issued revision 1 of Northwind Traders", "Issued revision 2");
        assertThat(run("--data-dir", data(), "promise", "export", "not-a-uuid", "--format", "txt", "--out",
                preview.toString())).isEqualTo(65);
    }
}
