package com.promisedesk.file;

import static com.promisedesk.file.FileTexts.CATALOG_YAML;
import static com.promisedesk.file.FileTexts.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.promisedesk.domain.Capability;
import com.promisedesk.domain.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A stored catalog read capability by capability gives the catalog reading its whole text gives;
 * a bad one gives the same message, line and field.
 */
class StreamedCatalogTest {

    @Test
    void theSampleCatalogStreamedIsTheSampleCatalogParsed() throws Exception {
        String sample = sample();
        AtomicInteger wholeReads = new AtomicInteger();

        Catalog streamed = CatalogFile.parseStored(new StringReader(sample), counting(sample, wholeReads), "stored");
        Catalog parsed = CatalogFile.parse(sample, "stored");

        assertThat(wholeReads).as("read without the whole text").hasValue(0);
        assertThat(streamed.capabilities()).hasSize(62).isEqualTo(parsed.capabilities());
        assertThat(streamed.version()).isEqualTo(parsed.version());
        assertThat(streamed.published()).isEqualTo(parsed.published());
        assertThat(streamed.calendar()).isEqualTo(parsed.calendar());
        assertThat(streamed.policy()).isEqualTo(parsed.policy());
    }

    @Test
    void jsonWithABomAndTheSectionsInAnotherOrderStreamsToo() throws Exception {
        Catalog parsed = CatalogFile.parse(CATALOG_YAML, "catalog.yaml");
        String json = "\uFEFF  {\"capabilities\": " + SourceText.JSON.writeValueAsString(
                SourceText.YAML.readTree(CATALOG_YAML).get("capabilities")) + ", \"policy\": "
                + SourceText.JSON.writeValueAsString(SourceText.YAML.readTree(CATALOG_YAML).get("policy"))
                + ", \"catalog\": " + SourceText.JSON.writeValueAsString(SourceText.YAML.readTree(CATALOG_YAML).get("catalog")) + "}";
        AtomicInteger wholeReads = new AtomicInteger();

        Catalog streamed = CatalogFile.parseStored(new StringReader(json), counting(json, wholeReads), "stored");

        assertThat(wholeReads).hasValue(0);
        assertThat(streamed.capabilities()).isEqualTo(parsed.capabilities());
        assertThat(streamed.policy()).isEqualTo(parsed.policy());
        assertThat(streamed.calendar()).isEqualTo(parsed.calendar());
    }

    @ParameterizedTest
    @MethodSource("com.promisedesk.file.CatalogFileErrorsTest#badCatalogs")
    void aBadCatalogIsRefusedWithTheMessageReadingItWholeGives(CatalogFileErrorsTest.Bad bad) {
        String text = replaceOnce(CATALOG_YAML, bad.find(), bad.replacement());
        BadFileException whole = catchThrowableOfType(() -> CatalogFile.parse(text, "stored catalog 1"),
                BadFileException.class);

        BadFileException streamed = catchThrowableOfType(
                () -> CatalogFile.parseStored(new StringReader(text), () -> text, "stored catalog 1"),
                BadFileException.class);

        assertThat(streamed).as(bad.toString()).isNotNull();
        assertThat(streamed.getMessage()).isEqualTo(whole.getMessage());
        assertThat(streamed.line()).isEqualTo(bad.line());
        assertThat(streamed.field()).isEqualTo(bad.field());
    }

    @Test
    void aSecondDocumentAfterTheCatalogIsRefusedAsBefore() {
        String text = CATALOG_YAML + "---\nmore: text\n";
        BadFileException whole = catchThrowableOfType(() -> CatalogFile.parse(text, "stored"), BadFileException.class);

        BadFileException streamed = catchThrowableOfType(
                () -> CatalogFile.parseStored(new StringReader(text), () -> text, "stored"), BadFileException.class);

        assertThat(streamed.getMessage()).isEqualTo(whole.getMessage()).contains("more text after the YAML value");
    }

    @Test
    void capabilitiesShareTheValuesTheyRepeat() throws Exception {
        Catalog catalog = CatalogFile.parseStored(new StringReader(sample()), () -> "", "stored");

        // Two capabilities of the sample with the same owner hold one string for it, not two equal ones.
        Map<String, String> byOwner = new HashMap<>();
        for (Capability capability : catalog.capabilities()) {
            String first = byOwner.putIfAbsent(capability.owner(), capability.owner());
            if (first != null) {
                assertThat(capability.owner()).isSameAs(first);
            }
        }
        assertThat(byOwner.size()).isLessThan(catalog.capabilities().size());
    }

    private static Supplier<String> counting(String text, AtomicInteger reads) {
        return () -> {
            reads.incrementAndGet();
            return text;
        };
    }

    private static String sample() throws IOException {
        try (InputStream in = StreamedCatalogTest.class.getResourceAsStream("/com/promisedesk/sample/catalog.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
