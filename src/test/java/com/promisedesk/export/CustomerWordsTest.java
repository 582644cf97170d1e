package com.promisedesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The customer's words: every key in every language, the plural forms, dates and numbers as each language writes them. */
class CustomerWordsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasEveryKeyWithTheSamePlaceholders(Language language) throws IOException {
        Properties english = file(Language.EN);
        Properties own = file(language);

        Set<String> missing = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String pluralBase = key.replaceFirst("\\.(one|other)$", "");
            if (key.equals(pluralBase)) {
                if (!own.containsKey(key)) {
                    missing.add(key);
                } else {
                    assertThat(placeholders(own.getProperty(key))).as("%s in %s", key, language)
                            .isEqualTo(placeholders(english.getProperty(key)));
                }
            }
        }
        assertThat(missing).as("keys missing in %s", language).isEmpty();
        assertThat(new TreeSet<>(own.stringPropertyNames())).as("keys %s has that English does not", language)
                .allMatch(key -> english.containsKey(key) || key.matches(".*\\.(few|many)$"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPluralFormTheLanguageUsesIsWritten(Language language) throws IOException {
        Properties own = file(language);
        Set<String> bases = new TreeSet<>();
        file(Language.EN).stringPropertyNames().stream().filter(k -> k.endsWith(".one"))
                .forEach(k -> bases.add(k.substring(0, k.length() - 4)));
        for (String base : bases) {
            for (long n = 0; n <= 125; n++) {
                String key = base + Plural.of(language, n).suffix();
                assertThat(own.getProperty(key)).as("%s for %d in %s", key, n, language).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aPatternNeverHoldsAStraightApostropheWhichMessageFormatWouldSwallow(Language language) throws IOException {
        Properties own = file(language);
        for (String key : own.stringPropertyNames()) {
            String value = own.getProperty(key);
            if (PLACEHOLDER.matcher(value).find()) {
                assertThat(value).as("%s in %s", key, language).doesNotContain("'");
                assertThat(CustomerWords.of(language).format(key, "X", "Y", "Z")).as("%s in %s", key, language)
                        .doesNotContain("{");
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"pl, 1, Pozostał 1 otwarty punkt", "pl, 2, Pozostały 2 otwarte punkty", "pl, 4, Pozostały 4 otwarte punkty",
        "pl, 5, Pozostało 5 otwartych punktów", "pl, 12, Pozostało 12 otwartych punktów",
        "pl, 14, Pozostało 14 otwartych punktów", "pl, 22, Pozostały 22 otwarte punkty",
        "pl, 25, Pozostało 25 otwartych punktów", "pl, 112, Pozostało 112 otwartych punktów",
        "de, 1, 1 Punkt noch offen", "de, 3, 3 Punkte noch offen", "fr, 0, 0 point encore ouvert",
        "fr, 2, 2 points encore ouverts", "es, 1, Queda 1 punto abierto", "es, 7, Quedan 7 puntos abiertos",
        "en, 1, 1 point still open", "en, 11, 11 points still open"})
    void pluralsAreTheFormsANativeSpeakerWrites(String tag, long n, String expected) {
        assertThat(CustomerWords.of(Language.of(tag).orElseThrow()).plural("readback.open", n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {2} {1}")
    @CsvSource({"pl, days, 1, dzień", "pl, days, 2, dni", "pl, business days, 5, dni roboczych",
        "pl, business days, 3, dni robocze", "pl, years, 22, lata", "pl, years, 12, lat", "pl, days, 0.5, dnia",
        "pl, vehicles, 25, pojazdów", "de, days, 30, Tage", "de, years, 1, Jahr", "de, business days, 3, Werktage",
        "fr, days, 1, jour", "es, months, 24, meses", "de, h, 4, h", "pl, req/min, 600, req/min", "de, EUR, 50, EUR"})
    void aTermsUnitIsInTheLanguagesWordsAndPluralWhereItKnowsThem(String tag, String unit, BigDecimal n, String expected) {
        assertThat(CustomerWords.of(Language.of(tag).orElseThrow()).unit(unit, n)).isEqualTo(expected);
    }

    @Test
    void datesSpellTheMonthOutAsEachLanguageDoes() {
        LocalDate day = LocalDate.of(2026, 12, 15);
        assertThat(CustomerWords.of(Language.EN).date(day)).isEqualTo("15 Dec 2026");
        assertThat(CustomerWords.of(Language.DE).date(day)).isEqualTo("15. Dezember 2026");
        assertThat(CustomerWords.of(Language.FR).date(day)).isEqualTo("15 décembre 2026");
        assertThat(CustomerWords.of(Language.ES).date(day)).isEqualTo("15 de diciembre de 2026");
        assertThat(CustomerWords.of(Language.PL).date(day)).isEqualTo("15 grudnia 2026");
        assertThat(CustomerWords.of(Language.DE).day(day)).isEqualTo("Dienstag, 15. Dezember 2026");
        assertThat(CustomerWords.of(Language.PL).day(day)).as("after \"do\" a weekday would need the genitive")
                .isEqualTo("15 grudnia 2026");
    }

    @Test
    void numbersGroupAndMarkDecimalsAsEachLanguageDoes() {
        BigDecimal value = new BigDecimal("1234.5");
        assertThat(CustomerWords.of(Language.EN).number(value)).isEqualTo("1,234.5");
        assertThat(CustomerWords.of(Language.DE).number(value)).isEqualTo("1.234,5");
        // French groups with a narrow no-break space, Polish with a no-break space: never split across lines.
        assertThat(CustomerWords.of(Language.FR).number(value)).isEqualTo("1\u202f234,5");
        assertThat(CustomerWords.of(Language.PL).number(value)).isEqualTo("1\u00a0234,5");
        assertThat(CustomerWords.of(Language.DE).number(new BigDecimal("99.50"))).isEqualTo("99,5");
        assertThat(CustomerWords.of(Language.DE).number(new BigDecimal("450"))).isEqualTo("450");
    }

    @Test
    void theSystemsLanguageNeverStandsInForEnglish() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(CustomerWords.of(Language.EN).text("summary.heading.deliver")).isEqualTo("What we will deliver");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties file(Language language) throws IOException {
        String name = "/com/promisedesk/export/customer" + (language == Language.EN ? "" : "_" + language.tag()) + ".properties";
        Properties words = new Properties();
        try (InputStream in = CustomerWordsTest.class.getResourceAsStream(name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            words.load(reader);
        }
        return words;
    }
}
