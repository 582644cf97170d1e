package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CustomerConfirmation;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.LocalStore;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code promise export --issue} of a promise the customer confirmed at the end of the read-back:
 * the revision issued next prints the confirmation, its fingerprint covers it, and it stays with
 * that revision.
 */
class ConfirmedRevisionTest {

    private static final UUID NORTHWIND = UUID.fromString("c41f9b27-5d08-4a6e-b3f2-9e8d7c6b5a03");
    private static final CustomerConfirmation ANNA = new CustomerConfirmation("Anna Berg",
            OffsetDateTime.of(2026, 11, 23, 14, 32, 0, 0, ZoneOffset.ofHours(1)));
    private static final String PRINTED = "Read back to and confirmed by Anna Berg on 23 Nov 2026, 14:32";

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

    private int issue(Path file) {
        return run("promise", "export", NORTHWIND.toString(), "--format", "pdf", "--out", file.toString(), "--issue",
                "--date", "2026-11-23");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private Promise confirmed(CustomerConfirmation confirmation) {
        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            Promise promise = store.promises().find(NORTHWIND).orElseThrow();
            store.confirmations().record(promise, confirmation);
            return promise;
        }
    }

    @Test
    void theNextRevisionPrintsTheConfirmationAndItsFingerprintCoversIt() throws IOException {
        Path unconfirmed = dir.resolve("preview.pdf");
        assertThat(run("promise", "export", NORTHWIND.toString(), "--format", "pdf", "--out", unconfirmed.toString(),
                "--date", "2026-11-23")).isZero();
        String fingerprintBefore = fingerprint(out.toString());
        confirmed(ANNA);
        Path first = dir.resolve("r1.pdf");

        assertThat(issue(first)).as(err.toString()).isZero();

        assertThat(out.toString()).startsWith("Issued revision 1 of Northwind Traders")
                .contains("It carries the customer's confirmation of the read-back: Anna Berg, 2026-11-23 14:32");
        String printed = text(first);
        assertThat(printed).contains(PRINTED);
        String fingerprint = fingerprint(out.toString());
        assertThat(printed).contains(fingerprint);
        assertThat(fingerprint).as("the same summary without the confirmation had another").isNotEqualTo(fingerprintBefore);
        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            assertThat(store.revisions().find(NORTHWIND, 1).orElseThrow().revision().sha256()).isEqualTo(fingerprint);
            assertThat(store.confirmations().carriedBy(NORTHWIND, 1)).contains(ANNA);
        }

        Path again = dir.resolve("again.pdf");
        assertThat(issue(again)).as(err.toString()).isZero();
        assertThat(out.toString()).as("the confirmation went with revision 1; nothing else changed")
                .startsWith("Nothing changed since revision 1");
        assertThat(text(again)).contains(PRINTED);
    }

    @Test
    void aPromiseChangedSinceItWasReadBackIsIssuedWithoutTheConfirmation() throws IOException {
        Promise heard = confirmed(ANNA);
        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            store.promises().save(heard.withTitle(heard.title() + ", phase 2"));
        }
        Path first = dir.resolve("r1.pdf");

        assertThat(issue(first)).as(err.toString()).isZero();

        assertThat(text(first)).doesNotContain("confirmed by");
        assertThat(out.toString()).doesNotContain("confirmation");
    }

    private static String fingerprint(String said) {
        Matcher fingerprint = Pattern.compile("Fingerprint [^:]*: ([0-9a-f]{64})").matcher(said);
        assertThat(fingerprint.find()).as(said).isTrue();
        return fingerprint.group(1);
    }
}
