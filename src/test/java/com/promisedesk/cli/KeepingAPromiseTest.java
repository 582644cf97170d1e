package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.NoticeRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 on the command line, against a central store on loopback: a promise agreed, one line
 * delivered on time and one late, a milestone that slips, a new catalog that retires the third
 * line's capability; Today lists each; the customer notice is drafted with the checker's new
 * date, exported and marked sent; the promise ends BROKEN and the customer's record shows it;
 * the rep's second device pulls the deliveries, milestones, revisions and the notice.
 */
@Slow
class KeepingAPromiseTest extends CommandLineWithCentralStore {

    private static final String ID = "5e2d7c1a-8b3f-4a6e-9d0c-1f2e3a4b5c6d";
    /** How an English notice writes a date. */
    private static final DateTimeFormatter CUSTOMER_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final String PLAN = "A second trainer joins on Monday; we deliver the onboarding within the week";

    @Test
    void anAgreedPromiseIsKeptBrokenNoticedAndSeenOnTheRepsOtherDevice() throws IOException {
        LocalDate today = LocalDate.now();
        String url = central.url();
        String owner = token("carl", "catalog-owner");
        String laptop = dir.resolve("laptop").toString();
        String tablet = dir.resolve("tablet").toString();
        String catalog = sampleCatalog();
        Path first = write("catalog-1.yaml", catalog);
        assertThat(run("catalog", "publish", first.toString(), "--server", url, "--token", owner)).as(err.toString()).isZero();

        Path promise = write("promise.json", """
                { "id": "%s", "customer": { "name": "Ostwind Spedition GmbH", "region": "EU", "contact": "Jana Ost" },
                  "title": "Fleet platform for the Hamburg depot", "start": "%s", "status": "AGREED", "agreedOn": "%s",
                  "lines": [
                    { "capability": "FLEET-CORE", "quantity": 1, "date": "%s" },
                    { "capability": "ONB-STD", "quantity": 1, "date": "%s" },
                    { "capability": "TRAIN-DISPATCH", "quantity": 1, "date": "%s" } ] }
                """.formatted(ID, today.minusDays(40), today.minusDays(40), today.minusDays(20), today.minusDays(10),
                today.plusDays(20)));
        ok("--data-dir", laptop, "promise", "import", promise.toString());
        ok("--data-dir", laptop, "sync", "--server", url, "--token", token("anna", "rep"));

        // Delivery: the first line on time; two milestones, the first done, the second slips.
        ok("--data-dir", laptop, "promise", "deliver", ID, "1", "--on", today.minusDays(21).toString());
        ok("--data-dir", laptop, "promise", "milestone", "add", ID, "--text", "Kick-off held", "--due",
                today.minusDays(30).toString());
        ok("--data-dir", laptop, "promise", "milestone", "add", ID, "--text", "Dispatchers trained", "--due",
                today.minusDays(3).toString());
        ok("--data-dir", laptop, "promise", "milestone", "done", ID, "1");

        // A new catalog retires the third line's capability.
        Path second = write("catalog-2.yaml", retire(catalog.replace("\"2026.11.2\"", "\"2026.12.9\""), "TRAIN-DISPATCH"));
        assertThat(run("catalog", "publish", second.toString(), "--server", url, "--token", owner)).as(err.toString()).isZero();
        ok("--data-dir", laptop, "sync");
        assertThat(out.toString()).contains("new catalog 2026.12.9");

        ok("--data-dir", laptop, "today");
        assertThat(out.toString()).as("Today: the overdue line, the slipped milestone, the retired capability")
                .contains("Dispatchers trained").contains("Ostwind Spedition GmbH").contains("retired");
        ok("--data-dir", laptop, "today", "--format", "json");
        assertThat(out.toString()).contains("\"atRisk\"").contains("\"due\"");

        // The notice: drafted from what is at risk, with the checker's new date; exported; sent.
        ok("--data-dir", laptop, "notice", "draft", ID, "--plan", PLAN);
        String promised = CUSTOMER_DATE.format(today.minusDays(10));
        assertThat(out.toString()).as("the late line, from its promised date to the checker's new one")
                .containsPattern("Standard onboarding — promised for " + promised + ", now \\d{1,2} \\w{3} \\d{4}")
                .contains("Dispatchers trained").contains("Dispatcher workshop: we can no longer deliver this");
        Path pdf = dir.resolve("notice.pdf");
        ok("--data-dir", laptop, "notice", "export", ID, "--format", "pdf", "--out", pdf.toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replace('\n', ' ');
            assertThat(text).contains("Ostwind Spedition GmbH").contains(CUSTOMER_DATE.format(today.minusDays(10))).contains("A second trainer joins on Monday")
                    .doesNotContainIgnoringCase("tier").doesNotContainIgnoringCase("approver")
                    .doesNotContainIgnoringCase("capacity");
        }
        ok("--data-dir", laptop, "notice", "sent", ID);

        // The late line arrives; the retired one is cancelled: every line resolved, one late, one cancelled.
        ok("--data-dir", laptop, "promise", "deliver", ID, "2", "--on", today.toString());
        assertThat(out.toString()).contains("10 days late");
        ok("--data-dir", laptop, "promise", "cancel-line", ID, "3", "--reason", "Dispatcher training is no longer offered");
        assertThat(out.toString()).contains("the promise is broken");
        ok("--data-dir", laptop, "record", "--customer", "Ostwind Spedition GmbH");
        assertThat(out.toString()).contains("0 of 1 kept").contains("broken 1");
        ok("--data-dir", laptop, "sync");

        // The rep's tablet: a fresh device with its own token for the same rep.
        ok("--data-dir", tablet, "sync", "--server", url, "--token", token("anna", "rep"));
        ok("--data-dir", tablet, "promise", "delivery", ID, "--format", "json");
        assertThat(out.toString()).contains("\"status\" : \"BROKEN\"").contains("\"daysLate\" : 10")
                .contains("\"state\" : \"CANCELLED\"");
        ok("--data-dir", tablet, "promise", "milestone", "list", ID);
        assertThat(out.toString()).contains("Kick-off held").contains("Dispatchers trained");
        try (LocalStore store = LocalStore.open(Path.of(tablet))) {
            UUID id = UUID.fromString(ID);
            assertThat(store.promises().find(id).orElseThrow().status()).isEqualTo(PromiseStatus.BROKEN);
            assertThat(store.revisions().list(id)).as("the revision issued with the notice").isNotEmpty();
            assertThat(store.notices().ofPromise(id)).extracting(NoticeRow::sent).containsExactly(true);
            assertThat(store.deliveries().marksOf(id)).hasSize(3);
        }
    }

    private void ok(String... args) {
        assertThat(run(args)).as(String.join(" ", args) + "\n" + err + out).isZero();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static String sampleCatalog() throws IOException {
        try (InputStream in = KeepingAPromiseTest.class.getResourceAsStream("/com/promisedesk/sample/catalog.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The catalog with {@code code}'s status retired: its first "status:" after its code. */
    static String retire(String catalog, String code) {
        int at = catalog.indexOf("- code: " + code + "\n");
        int status = catalog.indexOf("status: available", at);
        assertThat(at).isPositive();
        assertThat(status).isGreaterThan(at);
        return catalog.substring(0, status) + "status: retired" + catalog.substring(status + "status: available".length());
    }
}
