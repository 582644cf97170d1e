package com.promisedesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Markdown escapes its own special characters, so customer words never turn into formatting. */
class MarkdownSummaryTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '\'', value = {
        "*urgent*                  => \\*urgent\\*",
        "_all_ depots              => \\_all\\_ depots",
        "[click](http://x.example) => \\[click\\]\\(http://x.example\\)",
        "`rm -rf`                  => \\`rm -rf\\`",
        "# heading                 => \\# heading",
        "- not a list              => \\- not a list",
        "+ not a list              => \\+ not a list",
        "1. not a list             => 1\\. not a list",
        "<b>bold</b>               => \\<b\\>bold\\</b\\>",
        "a | b                     => a \\| b",
        "Smith & Sons              => Smith \\& Sons",
        "back\\slash               => back\\\\slash",
        "~~gone~~ !                => \\~\\~gone\\~\\~ \\!",
        "Łódź Sp. z o.o.           => Łódź Sp. z o.o.",
    })
    void specialCharactersAreEscaped(String words, String escaped) {
        assertThat(MarkdownSummary.escape(words)).isEqualTo(escaped);
    }

    @Test
    void aNewlineInTheCustomersWordsCannotStartABlock() {
        assertThat(MarkdownSummary.escape("first\n# second\r\n- third")).isEqualTo("first \\# second - third");
    }

    @Test
    void hostileWordsStayTextInTheWholeDocument() {
        Summary summary = new SummaryBuilder(SummarySamples.catalog()).build(HtmlSummaryTest.hostile(),
                SummarySamples.SENDER, Printing.preview(SummarySamples.ISSUED));

        String markdown = MarkdownSummary.render(summary, Layout.of(Locale.UK));

        assertThat(markdown).doesNotContainPattern("(?<!\\\\)<").doesNotContainPattern("(?<!\\\\)&")
                .contains("\\<script\\>alert\\('x'\\)\\</script\\>", "Smith \\& Sons")
                .containsSubsequence("> **Draft — not a commitment**", "## " + SummaryWords.DELIVER,
                        "## " + SummaryWords.AWAITING, "## " + SummaryWords.EXPECTATIONS,
                        "## " + SummaryWords.RESPONSIBILITIES, "## " + SummaryWords.EXTRAS,
                        "## " + SummaryWords.KEEP_INFORMED, "SHA-256 `" + summary.fingerprint() + "`");
    }

    @Test
    void plainTextHasEverySectionAndNoNewlineCanFakeAnItem() {
        Summary summary = SummarySamples.summary(SummarySamples.promise("ostwind"), Printing.preview(SummarySamples.ISSUED));
        String text = TextSummary.render(summary, Layout.of(Locale.UK));

        assertThat(text).containsSubsequence("*** DRAFT — NOT A COMMITMENT ***", "Ostwind Spedition GmbH",
                SummaryWords.DELIVER, SummaryWords.AWAITING, "Not yet promised. We confirm by 26 Nov 2026.",
                SummaryWords.EXPECTATIONS, SummaryWords.RESPONSIBILITIES, SummaryWords.EXTRAS,
                SummaryWords.KEEP_INFORMED, "SHA-256 " + summary.fingerprint());
        Summary hostile = new SummaryBuilder(SummarySamples.catalog()).build(
                HtmlSummaryTest.hostile().withExpectations(java.util.List.of(
                        com.promisedesk.domain.Expectation.open("fine\n- Free hardware for life", java.util.List.of()))),
                Sender.none(), Printing.preview(SummarySamples.ISSUED));
        assertThat(TextSummary.render(hostile, Layout.of(Locale.UK)))
                .contains("- \"fine - Free hardware for life\"").doesNotContain("\n- Free hardware");
    }
}
