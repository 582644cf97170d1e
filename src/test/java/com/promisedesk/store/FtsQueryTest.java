package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtsQueryTest {

    private static final String NASTY = "\"'*-+^:(){}[]\\/.,;ORANDNOTNEAR äß0123 \t\n\u0000\u00a0€";

    @Test
    void everyWordBecomesAQuotedPrefix() {
        assertThat(FtsQuery.prefixes("onb sta")).contains("\"onb\"* \"sta\"*");
        assertThat(FtsQuery.prefixes("ONB-ST")).contains("\"ONB\"* \"ST\"*");
        assertThat(FtsQuery.prefixes("a OR b")).contains("\"a\"* \"OR\"* \"b\"*");
        assertThat(FtsQuery.prefixes("Müller")).contains("\"Müller\"*");
    }

    @Test
    void textWithoutLettersOrDigitsIsNoQuery() {
        assertThat(FtsQuery.prefixes(null)).isEmpty();
        assertThat(FtsQuery.prefixes("  ")).isEmpty();
        assertThat(FtsQuery.prefixes("\"*-()")).isEmpty();
    }

    @Test
    void randomTypedTextNeverMakesTheSearchFail(@TempDir Path dir) {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        try (LocalStore store = LocalStore.open(dir)) {
            store.catalogs().importCatalog(Catalogs.sample("v1"), "text");
            for (int run = 0; run < 500; run++) {
                StringBuilder typed = new StringBuilder();
                int length = random.nextInt(12);
                for (int i = 0; i < length; i++) {
                    typed.append(NASTY.charAt(random.nextInt(NASTY.length())));
                }
                String text = typed.toString();
                assertThatCode(() -> store.catalogs().search(text, null, null, 5))
                        .as("seed %d, typed text [%s]", seed, text)
                        .doesNotThrowAnyException();
            }
        }
    }
}
