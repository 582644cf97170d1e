package com.promisedesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.domain.CustomerConfirmation;
import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.Promise;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The customer's confirmation of the read-back, on the summary: printed in every format in the
 * customer's language, part of the fingerprint, and a hostile name stays a name on one page.
 */
class CustomerConfirmationOnTheSummaryTest {

    private static final Layout UK = Layout.of(Locale.UK);
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 23, 14, 32, 41, 0, ZoneOffset.ofHours(1));
    private static final CustomerConfirmation ANNA = new CustomerConfirmation("Anna Berg", AT);

    private static Summary summary(Language language, CustomerConfirmation confirmation) {
        Promise ostwind = SummarySamples.promise("ostwind").withLanguage(language);
        return SummarySamples.summary(ostwind, Printing.preview(SummarySamples.ISSUED).withRevision(3)
                .confirmedBy(confirmation));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN | en-GB | Read back to and confirmed by Anna Berg on 23 Nov 2026, 14:32",
        "EN | en-US | Read back to and confirmed by Anna Berg on Nov 23, 2026, 2:32 PM",
        "DE | de-DE | Vorgelesen und bestätigt von Anna Berg am 23. November 2026 um 14:32 Uhr",
        "PL | pl-PL | Odczytano i potwierdzono: Anna Berg, 23 listopada 2026, godz. 14:32",
        "FR | fr-FR | Lu et approuvé par Anna Berg le 23 novembre 2026 à 14:32",
        "ES | es-ES | Leído y conforme: Anna Berg, el 23 de noviembre de 2026, a las 14:32"})
    void theConfirmationIsPrintedOnThePdfInTheCustomersLanguage(Language language, String layout, String sentence) {
        Summary summary = summary(language, ANNA);

        String pdf = PdfText.upright(PdfSummary.render(summary, Layout.of(layout, null))).flat();

        assertThat(pdf).contains(sentence);
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"HTML", "MARKDOWN", "TEXT"})
    void everyOtherFormatPrintsItToo(ExportFormat format) {
        String text = new String(format.render(summary(Language.DE, ANNA), UK), StandardCharsets.UTF_8);

        assertThat(text).contains("Vorgelesen und bestätigt von Anna Berg am 23. November 2026 um 14:32 Uhr");
        assertThat(new String(format.render(summary(Language.DE, null), UK), StandardCharsets.UTF_8))
                .doesNotContain("Vorgelesen und bestätigt");
    }

    @Test
    void theConfirmationIsInTheFingerprintAndAnotherNameChangesIt() {
        Summary anna = summary(Language.EN, ANNA);
        Summary anne = summary(Language.EN, new CustomerConfirmation("Anne Berg", AT));
        Summary none = summary(Language.EN, null);

        assertThat(Fingerprint.canonicalText(anna)).contains("confirmedBy=9:Anna Berg\n",
                "confirmedAt=22:2026-11-23T14:32+01:00\n");
        assertThat(anna.fingerprint()).isNotEqualTo(anne.fingerprint()).isNotEqualTo(none.fingerprint());
        assertThat(summary(Language.EN, new CustomerConfirmation("Anna Berg", AT.plusMinutes(1))).fingerprint())
                .isNotEqualTo(anna.fingerprint());
        assertThat(Fingerprint.canonicalText(none)).as("a summary without one keeps the fingerprint it had")
                .doesNotContain("confirmedBy=", "confirmedAt=");
        assertThat(Fingerprint.ofWhatItSays(anna)).as("what it says: the promise, not who confirmed it")
                .isEqualTo(Fingerprint.ofWhatItSays(none));
    }

    @Test
    void aHostileNameIsEscapedInHtmlAndMarkdownAndLosesItsDirectionOverride() {
        CustomerConfirmation hostile = new CustomerConfirmation("<script>alert('x')</script> \u202Egreb annA*[x](y)",
                AT);
        Summary summary = summary(Language.EN, hostile);

        String html = HtmlSummary.render(summary, UK);
        String markdown = MarkdownSummary.render(summary, UK);

        assertThat(hostile.name()).doesNotContain("\u202E").isEqualTo("<script>alert('x')</script> greb annA*[x](y)");
        assertThat(html).doesNotContain("<script>", "\u202E")
                .contains("confirmed by &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; greb annA*[x](y) on 23 Nov 2026");
        assertThat(markdown).doesNotContain("<script>", "\u202E")
                .contains("confirmed by \\<script\\>alert\\('x'\\)\\</script\\> greb annA\\*\\[x\\]\\(y\\) on");
    }

    @Test
    void aNameOfTenThousandCharactersIsRefusedAndTheLongestTakenWrapsInsideThePage() throws IOException {
        assertThatThrownBy(() -> new CustomerConfirmation("A".repeat(10_000), AT))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 120 characters");
        assertThatThrownBy(() -> new CustomerConfirmation(" \u202E\u2066 \n", AT)).isInstanceOf(InvalidValueException.class);
        String longest = "W".repeat(CustomerConfirmation.MAX_NAME);
        byte[] pdf = PdfSummary.render(summary(Language.EN, new CustomerConfirmation(longest, AT)), UK);

        assertThat(PdfText.upright(pdf).flat().replace(" ", "")).contains(longest + "on23Nov2026,14:32");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float width = document.getPage(0).getMediaBox().getWidth();
            List<Float> rightEdges = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if ("W".equals(text.getUnicode())) {
                        rightEdges.add(text.getXDirAdj() + text.getWidthDirAdj());
                    }
                }
            };
            stripper.getText(document);
            assertThat(rightEdges).hasSizeGreaterThanOrEqualTo(CustomerConfirmation.MAX_NAME)
                    .allSatisfy(right -> assertThat(right).as("inside the right margin").isLessThan(width - 40));
        }
    }
}
