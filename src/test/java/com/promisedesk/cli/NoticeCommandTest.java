package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.NoticeRow;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * notice draft|export|sent against a real store, as a script would use them: a notice is drafted
 * from what is overdue, refused without a plan, issued with the promise's next revision when it
 * is first exported, and marked sent; a milestone reached sends a short update the same way.
 */
@Slow
class NoticeCommandTest {

    private static final String NORTHWIND = "c41f9b27-5d08-4a6e-b3f2-9e8d7c6b5a03";
    private static final String TODAY = "2026-12-09";
    private static final String PLAN = "Our platform team sets up the workspace on 14 Dec; you get a call from us each day.";

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
    void importAnAgreedPromiseWithAMilestone() throws IOException {
        Path agreed = dir.resolve("northwind-agreed.json");
        Files.writeString(agreed, Files.readString(Terminal.sample(dir, "promise-northwind.json"))
                .replaceFirst("\"start\"", "\"status\": \"AGREED\", \"start\""));
        assertThat(run("catalog", "import", Terminal.sample(dir, "catalog.yaml").toString())).as(err.toString()).isZero();
        assertThat(run("promise", "import", agreed.toString())).as(err.toString()).isZero();
        assertThat(run("promise", "milestone", "add", NORTHWIND, "--text", "Depots connected", "--due", "2026-12-05"))
                .as(err.toString()).isZero();
    }

    @Test
    void aNoticeIsRefusedWithoutAPlanThenIssuedWithTheNextRevisionAndMarkedSent() throws IOException {
        assertThat(run("notice", "draft", NORTHWIND, "--today", TODAY, "--locale", "en-GB")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Fleet analytics platform was due on 4 Dec 2026 and has not been delivered yet.",
                "The step “Depots connected”, planned for 5 Dec 2026, is not done yet.", "Not written yet.");
        Path pdf = dir.resolve("notice.pdf");

        assertThat(run("notice", "export", NORTHWIND, "--format", "pdf", "--out", pdf.toString(), "--today", TODAY))
                .isEqualTo(65);
        assertThat(err.toString()).contains("plan is missing").doesNotContain("Exception");
        assertThat(pdf).doesNotExist();
        assertThat(run("notice", "sent", NORTHWIND)).isEqualTo(65);
        assertThat(err.toString()).contains("is a draft");
        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            assertThat(store.revisions().list(UUID.fromString(NORTHWIND))).as("nothing issued").isEmpty();
        }

        assertThat(run("notice", "draft", NORTHWIND, "--today", TODAY, "--locale", "en-GB", "--plan", PLAN)).isZero();
        assertThat(run("notice", "export", NORTHWIND, "--format", "pdf", "--out", pdf.toString(), "--today", TODAY,
                "--locale", "en-GB")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("with revision 1");
        String sha = out.toString().lines().filter(l -> l.startsWith("SHA-256 ")).findFirst().orElseThrow().split(" ")[1];
        String text = pdfText(pdf);
        assertThat(text).contains("Fleet analytics platform 4 Dec 2026 → ", PLAN, "Revision 1 of our written promise", sha)
                .doesNotContainIgnoringCase("tier").doesNotContainIgnoringCase("capacity");

        assertThat(run("notice", "sent", NORTHWIND)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("marked sent");
        Path again = dir.resolve("notice.md");
        assertThat(run("notice", "export", NORTHWIND, "--format", "md", "--out", again.toString(), "--locale", "en-GB"))
                .isZero();
        assertThat(Files.readString(again)).contains(sha);
        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            List<NoticeRow> notices = store.notices().ofPromise(UUID.fromString(NORTHWIND));
            assertThat(notices).hasSize(1);
            assertThat(notices.get(0).sentAt()).as("sent is recorded").isNotNull();
            assertThat(notices.get(0).sha256()).isEqualTo(sha);
            assertThat(store.revisions().list(UUID.fromString(NORTHWIND))).as("one revision, not one per export")
                    .hasSize(1);
        }
    }

    @Test
    void aMilestoneReachedSendsAShortUpdate() throws IOException {
        assertThat(run("notice", "draft", NORTHWIND, "--milestone", "1", "--plan", "x")).isEqualTo(65);
        assertThat(err.toString()).contains("milestone 1 is not done yet");
        assertThat(run("promise", "milestone", "done", NORTHWIND, "1")).isZero();
        assertThat(run("notice", "draft", NORTHWIND, "--milestone", "1", "--locale", "en-GB", "--plan",
                "Next: driver training on 22 Dec.")).as(err.toString()).isZero();
        Path txt = dir.resolve("update.txt");
        assertThat(run("notice", "export", NORTHWIND, "--format", "txt", "--out", txt.toString(), "--locale", "en-GB"))
                .as(err.toString()).isZero();
        assertThat(Files.readString(txt)).contains("Update on our promise", "We have reached the step “Depots connected”",
                "What comes next", "Next: driver training on 22 Dec.", "Notice with revision 1");
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
