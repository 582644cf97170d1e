package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code export --format pdf} of a sample promise in the customer's language, read back from
 * the PDF: the headings, statuses, draft mark and dates in that language, no English heading
 * left and no message key leaked, and Polish letters embedded with the font.
 */
class CustomerLanguageExportTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aGermanPromiseIsGermanThroughout() throws IOException {
        String text = exportPdf("promise-ostwind.json", "de");

        Files.writeString(Path.of("target", "de-summary.txt"), text);
        assertThat(text).containsIgnoringCase("Schriftliche Zusammenfassung unserer Zusage").contains(
                "Entwurf — keine verbindliche Zusage", "Was wir liefern", "Noch zu bestätigen", "Was Sie von uns erwarten",
                "Was wir von Ihnen benötigen", "Einmalige Zusatzleistungen", "Wie wir Sie auf dem Laufenden halten",
                "Status Entwurf", "Bestätigt", "Präzisiert", "Nicht erfüllbar", "Noch nicht bestätigt",
                "Datum 23. November 2026", "Seite 1 von", "Ausgestellt am 23. November 2026");
    }

    @Test
    void aPolishPromiseIsPolishWithItsLettersEmbedded() throws IOException {
        Path pdf = export("promise-baltic.json", "pl");
        String text = text(pdf);

        Files.writeString(Path.of("target", "pl-summary.txt"), text);
        assertThat(text).containsIgnoringCase("Pisemne podsumowanie naszych zobowiązań").contains(
                "Projekt — nie stanowi zobowiązania",
                "Co dostarczymy", "Czego Państwo od nas oczekują", "Czego potrzebujemy od Państwa",
                "Jeśli coś dotrze z opóźnieniem, zależne od tego pozycje przesuną się", "Status Projekt",
                "Data 23 listopada 2026", "Bałtyk Chłodnia", "Małgorzata Wiśniewska");
        // Every font drawn with is embedded: a reader without Liberation Sans shows ą ę ł ń ó ś ź ż as written.
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("Liberation");
                }
            }
        }
        assertThat(text).contains("ą", "ę", "ł", "ń", "ó", "ś", "ź", "ż");
    }

    /** {@code sample} imported with its language set to {@code language}. */
    private void importIn(String sample, String language) throws IOException {
        Path file = dir.resolve(language + "-" + sample);
        Files.writeString(file, Files.readString(Terminal.sample(dir, sample), StandardCharsets.UTF_8)
                .replaceFirst("\"start\":", "\"language\": \"" + language + "\", \"start\":"));
        assertThat(Terminal.run(out, err, "--data-dir", dir.resolve("data").toString(), "promise", "import", file.toString()))
                .as(err.toString()).isZero();
    }

    /** The sample catalog with each text found (once) replaced by the one after it, as another file. */
    private Path catalogWith(String... findThenReplace) throws IOException {
        String text = Files.readString(Terminal.sample(dir, "catalog.yaml"), StandardCharsets.UTF_8);
        for (int i = 0; i < findThenReplace.length; i += 2) {
            assertThat(text).as("the sample still reads as this test expects").containsOnlyOnce(findThenReplace[i]);
            text = text.replace(findThenReplace[i], findThenReplace[i + 1]);
        }
        return Files.writeString(dir.resolve("catalog-untranslated.yaml"), text);
    }

    @Test
    void validatingTheCatalogWarnsOfWhatAStoredGermanPromiseWouldShowInEnglish() throws IOException {
        importIn("promise-ostwind.json", "de");
        // Single sign-on without its German name, and premium support's uptime without its German label.
        String uptime = "label: { en: \"Platform uptime\", de: \"Verfügbarkeit der Plattform\", pl: \"Dostępność platformy\" },"
                + " unit: \"%\", better: higher,\n          standard: 99.5";
        Path catalog = catalogWith(", de: \"Einrichtung von Single Sign-on\"", "",
                uptime, uptime.replace(", de: \"Verfügbarkeit der Plattform\"", ""));

        int exit = Terminal.run(out, err, "--data-dir", dir.resolve("data").toString(), "catalog", "validate",
                catalog.toString());

        assertThat(exit).as("a warning, not a failure").isZero();
        assertThat(out.toString()).contains("is valid",
                "warning: SSO-SETUP has no German name (a promise in German uses it; its summary shows the English)",
                "warning: SUP-PREM has no German label for the term uptimePercent")
                .doesNotContain("FLEET-CORE has no German name", "ONB-STD has no German summary",
                        "SUP-PREM has no German label for the term responseHours", "Polish");
    }

    @Test
    void theSampleCatalogSpeaksGermanAndPolishThroughout() throws IOException {
        importIn("promise-ostwind.json", "de");
        importIn("promise-baltic.json", "pl");
        importIn("promise-northwind.json", "pl");

        int exit = Terminal.run(out, err, "--data-dir", dir.resolve("data").toString(), "catalog", "validate",
                Terminal.sample(dir, "catalog.yaml").toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("is valid").doesNotContain("warning");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es", "pl"})
    void noEnglishHeadingRemainsAndNoKeyLeaks(String language) throws IOException {
        String text = exportPdf("promise-ostwind.json", language);

        assertThat(text).doesNotContainPattern("(summary|readback)\\.[a-zA-Z]+");
        Properties own = words(language);
        for (String english : englishHeadings()) {
            if (own.containsValue(english)) {
                continue;  // the same word in both languages ("Date", "Status")
            }
            assertThat(text).as("English \"%s\" in the %s summary", english, language).doesNotContain(english);
        }
    }

    /** The English headings, marks, statuses and column names, which a summary in another language never shows. */
    private static List<String> englishHeadings() throws IOException {
        Properties english = words("en");
        List<String> headings = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            if (key.matches("summary\\.(kind|heading\\..*|mark\\..*|lead\\..*|column\\..*|expectation\\..*|status\\..*)")) {
                headings.add(english.getProperty(key));
            }
        }
        assertThat(headings).contains("What we will deliver", "Draft — not a commitment", "Agreed");
        return headings;
    }

    /** The customer's words of {@code language}, read as the file says ("en": the base file). */
    static Properties words(String language) throws IOException {
        String file = "/com/promisedesk/export/customer" + (language.equals("en") ? "" : "_" + language) + ".properties";
        Properties words = new Properties();
        try (InputStream in = CustomerLanguageExportTest.class.getResourceAsStream(file);
             Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            words.load(reader);
        }
        return words;
    }

    private String exportPdf(String sample, String language) throws IOException {
        return text(export(sample, language));
    }

    private Path export(String sample, String language) throws IOException {
        Path english = Terminal.sample(dir, sample);
        String json = Files.readString(english, StandardCharsets.UTF_8);
        Path promise = dir.resolve(language + "-" + sample);
        Files.writeString(promise, json.replaceFirst("\"start\":", "\"language\": \"" + language + "\", \"start\":"));
        Path pdf = dir.resolve(language + ".pdf");

        int exit = Terminal.run(out, err, "--data-dir", dir.resolve("data").toString(), "export", promise.toString(),
                "--catalog", Terminal.sample(dir, "catalog.yaml").toString(), "--format", "pdf", "--out", pdf.toString(),
                "--locale", "de-DE", "--date", "2026-11-23");

        assertThat(exit).as(err.toString()).isZero();
        return pdf;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
