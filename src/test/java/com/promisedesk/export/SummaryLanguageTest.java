package com.promisedesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Language;
import com.promisedesk.domain.Promise;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format of one summary speaks the customer's language, and the language is part of what it says. */
class SummaryLanguageTest {

    private static final Layout GERMANY = Layout.of(Locale.GERMANY);

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"HTML", "MARKDOWN", "TEXT"})
    void everyTextFormatOfAGermanSummaryIsGerman(ExportFormat format) {
        Summary summary = summary(Language.DE);
        String text = new String(format.render(summary, GERMANY), StandardCharsets.UTF_8);

        assertThat(text).contains("Was wir liefern", "Noch zu bestätigen", "Entwurf", "23. November 2026", "Menge",
                "Bestätigt", "Erfüllt durch:").doesNotContain("What we will deliver", "Awaiting confirmation",
                "Met by:", "quantity", "Not yet promised", "23 Nov 2026").doesNotContainPattern("summary\\.[a-z]+\\.");
        if (format == ExportFormat.HTML) {
            assertThat(text).contains("<html lang=\"de\">", "content: \"Seite \" counter(page) \" von \" counter(pages)");
        }
    }

    @Test
    void theLanguageChangesTheFingerprintAndEnglishKeepsTheOneItHad() {
        Summary english = summary(null);
        Summary chosenEnglish = summary(Language.EN);
        Summary german = summary(Language.DE);

        assertThat(chosenEnglish.fingerprint()).isEqualTo(english.fingerprint());
        assertThat(Fingerprint.canonicalText(english)).doesNotContain("language=");
        assertThat(german.fingerprint()).isNotEqualTo(english.fingerprint());
        assertThat(Fingerprint.canonicalText(german)).contains("language=2:de");
    }

    @Test
    void theCatalogsTranslationsAreUsedAndEnglishWhereItHasNone() {
        Summary german = summary(Language.DE);
        Summary polish = summary(Language.PL);
        Summary french = summary(Language.FR);

        assertThat(german.deliver()).extracting(Summary.Item::name)
                .contains("Flottenanalyse-Plattform", "Standard-Onboarding", "Offener API-Zugang");
        assertThat(german.deliver()).extracting(Summary.Item::summary)
                .contains("Begleitete Einrichtung eines Arbeitsbereichs mit Ihren Fahrzeugen, Depots und Nutzern sowie"
                        + " zwei Admin-Schulungen.");
        assertThat(german.awaiting()).flatExtracting(p -> p.item().serviceLevels()).contains("Erste Reaktion: 2 h");
        assertThat(polish.deliver()).extracting(Summary.Item::name).contains("Platforma analityki floty");
        assertThat(french.deliver()).as("no French in the catalog: its English")
                .extracting(Summary.Item::name).contains("Fleet analytics platform", "Standard onboarding");
    }

    private static Summary summary(Language language) {
        Promise ostwind = SummarySamples.promise("ostwind").withLanguage(language);
        return SummarySamples.summary(ostwind, Printing.preview(SummarySamples.ISSUED));
    }
}
