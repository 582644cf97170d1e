package com.promisedesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.SampleDay;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.ExceptionRequest;
import com.promisedesk.domain.ExceptionRequest.Decision;
import com.promisedesk.domain.ExceptionRequest.RoleDecision;
import com.promisedesk.domain.Promise;
import com.promisedesk.export.ExportFormat;
import com.promisedesk.export.Layout;
import com.promisedesk.export.Summary;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.SyncRecords.PulledPage;
import com.promisedesk.file.PromiseFile;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a written summary is made of, without a toolkit: a real local store in a temporary folder,
 * the sample catalog and promise, and the PDF read back as a customer's viewer would.
 */
class WrittenSummariesTest {

    @TempDir
    Path dataDir;

    private LocalStore store;
    private Catalog catalog;
    private Promise ostwind;

    @BeforeEach
    void open() throws Exception {
        Files.writeString(dataDir.resolve("profile.properties"),
                "company=Contoso Fleet GmbH\nrep=Mara Lind\nemail=mara@contoso.example\n", StandardCharsets.UTF_8);
        store = LocalStore.open(dataDir);
        catalog = CurrentCatalog.loadOrImportSample(store);
        try (InputStream in = getClass().getResourceAsStream("/com/promisedesk/sample/promise-ostwind.json")) {
            ostwind = PromiseFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "promise-ostwind.json");
        }
        store.promises().save(ostwind);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aStoredPromiseIsSentByTheProfileWithItsApprovedLinesAndMilestonesAsOfTheIssueDate() throws Exception {
        ostwind = ostwind.agreed(SampleDay.TODAY); // milestones start once it is agreed
        store.promises().save(ostwind);
        Judging judging = Judging.of(store, catalog);
        Map<Integer, Integer> tiers = judging.check(ostwind, SampleDay.TODAY).approvalTiers();
        assertThat(tiers).as("the sample has a line that needs approval").isNotEmpty();
        int line = tiers.keySet().iterator().next();
        approve(line, tiers.get(line));
        store.milestones().add(ostwind.id(), "Kick-off workshop", LocalDate.of(2026, 12, 1));

        WrittenSummary written = WrittenSummaries.of(store).preview(ostwind, judging, SampleDay.TODAY);

        assertThat(written.sender().company()).isEqualTo("Contoso Fleet GmbH");
        assertThat(written.sender().rep()).isEqualTo("Mara Lind");
        assertThat(written.printing().date()).isEqualTo(SampleDay.TODAY);
        assertThat(written.printing().revision()).isNull();
        assertThat(written.printing().approvedLines()).containsExactly(line);
        assertThat(written.printing().rejectedLines()).isEmpty();
        assertThat(written.printing().milestones()).extracting(m -> m.text()).containsExactly("Kick-off workshop");

        Summary summary = written.build();
        String approvedName = summary.deliver().stream().map(Summary.Item::name)
                .filter(name -> name.contains(capabilityName(line))).findFirst().orElseThrow();
        String pdf = pdfText(summary);
        assertThat(pdf).contains("Contoso Fleet GmbH", "Mara Lind", "Kick-off workshop");
        int deliver = pdf.indexOf("What we will deliver");
        assertThat(deliver).isNotNegative();
        assertThat(pdf.indexOf(approvedName, deliver)).as("the approved line is delivered").isGreaterThan(deliver);
        assertThat(written.numbered(1).build().header().revision()).isEqualTo(1);
    }

    @Test
    void aPromiseFileHasNothingApprovedOrUnderWayAndTheCommandLineCanSignItOtherwise() {
        ostwind = ostwind.agreed(SampleDay.TODAY);
        store.promises().save(ostwind);
        Judging judging = Judging.of(catalog);
        store.milestones().add(ostwind.id(), "Kick-off workshop", LocalDate.of(2026, 12, 1));

        WrittenSummary written = WrittenSummaries.ofFiles(dataDir).signedBy(null, "Jon Berg")
                .preview(ostwind, judging, SampleDay.TODAY);

        assertThat(written.sender().company()).as("the profile's, where not overridden").isEqualTo("Contoso Fleet GmbH");
        assertThat(written.sender().rep()).isEqualTo("Jon Berg");
        assertThat(written.sender().email()).isEqualTo("mara@contoso.example");
        assertThat(written.printing().approvedLines()).isEmpty();
        assertThat(written.printing().milestones()).isEmpty();
        assertThat(written.printing().date()).isEqualTo(SampleDay.TODAY);
    }

    @Test
    void theIssueDateIsAlsoTheDayTheApprovalsAreReadAsOf() {
        Judging judging = Judging.of(store, catalog);
        Map<Integer, Integer> tiers = judging.check(ostwind, SampleDay.TODAY).approvalTiers();
        int line = tiers.keySet().iterator().next();
        approve(line, tiers.get(line));
        LocalDate later = LocalDate.of(2027, 6, 1);

        WrittenSummary written = WrittenSummaries.of(store).preview(ostwind, judging, later);

        // By June 2027 every dated line of the sample has passed: nothing needs approval, so none is approved.
        assertThat(written.printing().date()).isEqualTo(later);
        assertThat(written.printing().approvedLines()).isEmpty();
        assertThat(written.build().header().issued()).isEqualTo(later);
    }

    private String capabilityName(int line) {
        String code = ostwind.lines().get(line).capability();
        if (code == null) {
            return ostwind.lines().get(line).bespoke();
        }
        return catalog.capabilities().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().name();
    }

    private void approve(int line, int tier) {
        List<String> approvers = catalog.policy().tiers().get(tier);
        ExceptionRequest r = store.requests().request(ostwind.id(), line, tier, approvers, "The deal needs it");
        Instant at = Instant.parse("2026-11-24T09:00:00Z");
        ExceptionRequest approved = new ExceptionRequest(r.id(), r.promiseId(), r.line(), r.requested(), r.tier(),
                r.approvers(), r.reason(), r.requestedAt(), Decision.APPROVED, approvers.stream()
                .map(role -> new RoleDecision(role, "lena", Decision.APPROVED, null, at)).toList());
        store.sync().applyPulled(new PulledPage(List.of(), List.of(), List.of(), null, 9, true)
                .withRequests(List.of(approved)));
    }

    private static String pdfText(Summary summary) throws Exception {
        byte[] pdf = ExportFormat.PDF.render(summary, Layout.of(Locale.UK));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
