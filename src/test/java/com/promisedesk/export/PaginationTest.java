package com.promisedesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A 200-line promise with long words splits into pages with repeated table headers and no cut rows. */
@Slow
class PaginationTest {

    private static final Set<String> HEADER_ROWS = Set.of("What Quantity By", "What Quantity Asked for We confirm by",
            "What you told us How we read it back",
            "What you asked for Why it is not included", "What we need By If it is late, these move later");
    private static final Set<String> SECTIONS = Set.of(SummaryWords.DELIVER, SummaryWords.AWAITING,
            SummaryWords.NOT_INCLUDED, SummaryWords.EXPECTATIONS, SummaryWords.RESPONSIBILITIES, SummaryWords.EXTRAS,
            SummaryWords.KEEP_INFORMED);

    private static Promise promise;
    private static PdfText sorted;
    private static PdfText drawn;

    @BeforeAll
    static void render() {
        // Agreed, so no watermark lies across the rows the sorted extraction reads.
        promise = SummarySamples.longPromise(200, PromiseStatus.AGREED);
        byte[] pdf = PdfSummary.render(SummarySamples.summary(promise, Printing.preview(SummarySamples.ISSUED)),
                Layout.of(Locale.UK));
        sorted = PdfText.sorted(pdf);
        drawn = PdfText.of(pdf);
    }

    @Test
    void everyPageAfterTheFirstStartsWithASectionOrTheRepeatedHeaderOfItsTable() {
        assertThat(sorted.pages()).hasSizeGreaterThan(10);
        int continued = 0;
        for (int page = 1; page < sorted.pages().size(); page++) {
            String first = sorted.pages().get(page).strip().lines().findFirst().orElse("").strip();
            assertThat(first).as("first line of page %d", page + 1).isIn(union());
            if (HEADER_ROWS.contains(first)) {
                continued++;
            }
        }
        assertThat(continued).as("pages that continue a table").isGreaterThan(10);
    }

    @Test
    void noRowIsCutAcrossPages() {
        List<String> pages = java.util.stream.IntStream.range(0, drawn.pages().size()).mapToObj(drawn::flatPage).toList();
        int bespoke = 0;
        for (CommitmentLine line : promise.lines()) {
            if (!line.isBespoke()) {
                continue;
            }
            bespoke++;
            // Its name also appears in "Met by" and "move later" cells; wherever it begins, it ends on the same page.
            String words = PdfText.flatten(line.bespoke());
            String start = words.substring(0, words.indexOf(':') + 1) + " custom report";
            for (int page = 0; page < pages.size(); page++) {
                assertThat(occurrences(pages.get(page), words)).as("whole rows \"%s…\" on page %d", start, page + 1)
                        .isEqualTo(occurrences(pages.get(page), start));
            }
        }
        assertThat(bespoke).isEqualTo(50);
    }

    @Test
    void aHeadingIsNeverTheLastThingOnAPage() {
        for (int page = 0; page < sorted.pages().size(); page++) {
            List<String> lines = sorted.pages().get(page).strip().lines().map(String::strip).toList();
            // The last lines are the footer (facts, fingerprint, page x of y); what comes before it is content.
            int footer = lines.size() - 1;
            while (footer > 0 && !lines.get(footer).startsWith("Revision") && !lines.get(footer).startsWith("Preview")) {
                footer--;
            }
            String lastContent = lines.get(Math.max(0, footer - 1));
            assertThat(lastContent).as("last content line of page %d", page + 1).isNotIn(union());
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static Set<String> union() {
        Set<String> all = new java.util.HashSet<>(HEADER_ROWS);
        all.addAll(SECTIONS);
        return all;
    }
}
