package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Promise;
import com.promisedesk.file.Sha256;
import com.promisedesk.store.LocalStore;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code promise export --issue}: an unchanged promise is not issued twice, and the two SHA-256
 * sums printed are told apart: the summary's fingerprint and the file's bytes.
 */
class IssueOnceTest {

    private static final UUID NORTHWIND = UUID.fromString("c41f9b27-5d08-4a6e-b3f2-9e8d7c6b5a03");

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
    void aStoreWithNorthwind() throws IOException {
        assertThat(run("catalog", "import", Terminal.sample(dir, "catalog.yaml").toString())).isZero();
        assertThat(run("promise", "import", Terminal.sample(dir, "promise-northwind.json").toString())).isZero();
    }

    private int issue(Path file, String format) {
        return run("promise", "export", NORTHWIND.toString(), "--format", format, "--out", file.toString(), "--issue",
                "--date", "2026-11-23");
    }

    private int revisions() {
        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            return store.revisions().list(NORTHWIND).size();
        }
    }

    @Test
    void issuingAnUnchangedPromiseAgainSaysSoAndMakesNoRevision() throws IOException {
        Path first = dir.resolve("r1.txt");
        Path again = dir.resolve("again.txt");
        Path asMarkdown = dir.resolve("again.md");
        assertThat(issue(first, "txt")).as(err.toString()).isZero();

        assertThat(issue(again, "txt")).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Nothing changed since revision 1 of Northwind Traders")
                .contains("no new revision was issued", "Wrote revision 1 as issued to " + again);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(first));
        assertThat(issue(asMarkdown, "md")).isZero();
        assertThat(out.toString()).contains("Nothing changed since revision 1", "Revision 1 is a txt file; "
                + asMarkdown + " was not written.");
        assertThat(asMarkdown).doesNotExist();
        assertThat(revisions()).isEqualTo(1);

        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            Promise promise = store.promises().find(NORTHWIND).orElseThrow();
            store.promises().save(promise.withTitle(promise.title() + ", phase 2"));
        }
        Path second = dir.resolve("r2.md");
        assertThat(issue(second, "md")).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Issued revision 2 of Northwind Traders");
        assertThat(Files.readString(second)).contains("Revision: 2", "phase 2");
        assertThat(revisions()).isEqualTo(2);
    }

    @Test
    void bothSumsArePrintedAndTheFileSumIsWhatSha256sumGives() throws IOException {
        Path pdf = dir.resolve("r1.pdf");

        assertThat(issue(pdf, "pdf")).as(err.toString()).isZero();

        String fingerprint;
        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            fingerprint = store.revisions().list(NORTHWIND).get(0).sha256();
        }
        String fileSum = Sha256.of(Files.readAllBytes(pdf));
        assertThat(fileSum).isNotEqualTo(fingerprint);
        assertThat(out.toString()).contains("Fingerprint (printed on the summary, over what it says): " + fingerprint,
                "SHA-256 of the file's bytes (as sha256sum gives it):     " + fileSum);
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(read).replaceAll("\\s+", "")).contains(fingerprint);
        }
    }
}
