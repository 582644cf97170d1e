package com.promisedesk.ui.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.ExpectedLog;
import com.promisedesk.Slow;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.export.ExportFormat;
import com.promisedesk.export.Printing;
import com.promisedesk.export.Layout;
import com.promisedesk.export.Paper;
import com.promisedesk.export.SummaryBuilder;
import com.promisedesk.export.SummarySamples;
import com.promisedesk.ui.Threads;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The preview without a toolkit: pages, paging, paper, export and the no-printer message. */
@Slow
class SummaryPreviewViewModelTest {

    @RegisterExtension
    final ExpectedLog log = ExpectedLog.of(Threads.class);

    @TempDir
    Path dir;

    private SummaryPreviewViewModel model(Layout layout) {
        SummaryPreviewViewModel model = new SummaryPreviewViewModel(() -> new SummaryBuilder(SummarySamples.catalog())
                .build(SummarySamples.longPromise(40, PromiseStatus.DRAFT), SummarySamples.SENDER,
                        Printing.preview(SummarySamples.ISSUED)), layout, Threads.inline());
        model.load();
        return model;
    }

    @Test
    void theRepSeesWhatTheCatalogDoesNotTranslateBeforePrinting() throws Exception {
        SummaryPreviewViewModel model = model(Layout.of(Locale.GERMANY));
        com.promisedesk.domain.Promise german = SummarySamples.promise("ostwind")
                .withLanguage(com.promisedesk.domain.Language.DE);

        // The sample speaks German throughout: here single sign-on has lost its German name.
        String sample = com.promisedesk.ui.CatalogVersions.sampleText();
        assertThat(sample).containsOnlyOnce(", de: \"Einrichtung von Single Sign-on\"");
        com.promisedesk.domain.Catalog untranslated = com.promisedesk.file.CatalogFile.parse(
                sample.replace(", de: \"Einrichtung von Single Sign-on\"", ""), "catalog.yaml");
        model.markUntranslated(com.promisedesk.export.MissingTranslations.of(untranslated, List.of(german)));

        assertThat(model.messageProperty().get()).startsWith("Not translated, so in English on this summary: ")
                .contains("SSO-SETUP has no German name").doesNotContain("FLEET-CORE has no German name");
        SummaryPreviewViewModel english = model(Layout.of(Locale.UK));
        english.markUntranslated(com.promisedesk.export.MissingTranslations.of(SummarySamples.catalog(),
                List.of(SummarySamples.promise("ostwind"))));
        assertThat(english.messageProperty().get()).as("an English promise misses nothing").isEmpty();
    }

    @Test
    void showsThePdfsPagesOneAtATime() {
        SummaryPreviewViewModel model = model(Layout.of(Locale.UK));

        int pages = model.pageCountProperty().get();
        assertThat(pages).isGreaterThan(2);
        assertThat(model.pageLabelProperty().get()).isEqualTo("Page 1 of " + pages);
        assertThat(model.pageProperty().get().width()).isCloseTo(794, org.assertj.core.data.Offset.offset(1));
        assertThat(model.cannotGoBack().get()).isTrue();

        model.next();
        model.next();
        assertThat(model.pageLabelProperty().get()).isEqualTo("Page 3 of " + pages);
        model.previous();
        assertThat(model.pageIndexProperty().get()).isEqualTo(1);
        assertThat(model.titleProperty().get()).contains("Ελληνική Α.Ε.");
    }

    @Test
    void choosingAnotherPaperLaysThePagesOutAgain() {
        SummaryPreviewViewModel model = model(Layout.of(Locale.UK));
        model.next();

        model.paperProperty().set(Paper.LETTER);

        assertThat(model.pageIndexProperty().get()).isZero();
        assertThat(model.pageProperty().get().width()).isEqualTo(816);
    }

    @Test
    void exportsTheChosenFormatAndSaysWhere() throws Exception {
        SummaryPreviewViewModel model = model(Layout.of(Locale.US));
        Path markdown = dir.resolve("summary.md");
        Path pdf = dir.resolve("summary.pdf");

        model.export(ExportFormat.MARKDOWN, markdown);
        assertThat(Files.readString(markdown, StandardCharsets.UTF_8)).contains("## What we will deliver");
        assertThat(model.messageProperty().get()).isEqualTo("Saved Markdown to " + markdown);

        model.export(ExportFormat.PDF, pdf);
        assertThat(Files.readAllBytes(pdf)).isEqualTo(model.pdf());

        model.export(ExportFormat.TEXT, dir.resolve("missing/folder/summary.txt"));
        assertThat(model.messageProperty().get()).startsWith("Could not save ").contains("missing");
        assertThat(log.takeErrors()).as("and the log has it").singleElement().asString()
                .startsWith("Work failed: ").contains("missing/folder/summary.txt");
    }

    @Test
    void saysSoWhenThereIsNoPrinter() {
        SummaryPreviewViewModel model = model(Layout.of(Locale.UK));

        model.noPrinter();

        assertThat(model.messageProperty().get()).startsWith("No printer is set up on this computer");
    }
}
