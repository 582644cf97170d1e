package com.promisedesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Promise;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The summary is judged as of its issue date (T), and a line whose exception request was
 * rejected is not included; both read back from the PDF a customer gets.
 */
class SummaryAsIssuedTest {

    private static final Layout UK = Layout.of(Locale.UK);
    private static final LocalDate FIFTH_OF_DECEMBER = LocalDate.of(2026, 12, 5);

    /** The text of the PDF between {@code heading} and the next of the item sections. */
    private static String section(String pdfText, String heading) {
        int from = pdfText.indexOf(heading);
        assertThat(from).as("the PDF has the heading " + heading).isNotNegative();
        int to = pdfText.length();
        for (String next : List.of(SummaryWords.DELIVER, SummaryWords.AWAITING, SummaryWords.NOT_INCLUDED,
                SummaryWords.EXPECTATIONS)) {
            int at = pdfText.indexOf(next, from + heading.length());
            if (at > 0 && at < to) {
                to = at;
            }
        }
        return pdfText.substring(from, to);
    }

    @Test
    void aSummaryIssuedOnFiveDecemberPromisesNothingBeforeIt() {
        // Ostwind's analytics platform is asked for by Mon 30 Nov 2026; on 23 Nov that is standard.
        Promise ostwind = SummarySamples.promise("ostwind");
        Summary onTheSampleDay = SummarySamples.summary(ostwind, Printing.preview(SummarySamples.ISSUED));
        assertThat(onTheSampleDay.deliver()).extracting(Summary.Item::date).contains(LocalDate.of(2026, 11, 30));

        Summary summary = SummarySamples.summary(ostwind, Printing.preview(FIFTH_OF_DECEMBER));

        assertThat(summary.deliver()).extracting(Summary.Item::date).allMatch(d -> !d.isBefore(FIFTH_OF_DECEMBER));
        assertThat(summary.awaiting()).extracting(p -> p.item().date()).allMatch(d -> !d.isBefore(FIFTH_OF_DECEMBER));
        Summary.Excluded passed = summary.notIncluded().stream()
                .filter(x -> LocalDate.of(2026, 11, 30).equals(x.item().date())).findFirst().orElseThrow();
        assertThat(passed.earliest()).isAfter(FIFTH_OF_DECEMBER);
        String pdf = PdfText.sorted(PdfSummary.render(summary, UK)).flat();
        assertThat(section(pdf, SummaryWords.DELIVER)).doesNotContain("Nov 2026").doesNotContain(" 1 Dec 2026")
                .doesNotContain(" 4 Dec 2026");
        assertThat(section(pdf, SummaryWords.NOT_INCLUDED)).contains("30 Nov 2026");
    }

    @Test
    void aRejectedLineIsNotIncludedAndSaysNothingOfWhoDecidedOrWhy() {
        Promise ostwind = SummarySamples.promise("ostwind");
        int sap = IntStream.range(0, ostwind.lines().size())
                .filter(i -> "INT-ERP-SAP".equals(ostwind.lines().get(i).capability())).findFirst().orElseThrow();

        Summary summary = SummarySamples.summary(ostwind,
                new Printing(SummarySamples.ISSUED, 1, Set.of(), Set.of(sap), List.of()));

        assertThat(summary.awaiting()).extracting(p -> p.item().name()).doesNotContain("SAP integration");
        assertThat(summary.notIncluded()).extracting(x -> x.item().name()).contains("SAP integration");
        assertThat(summary.expectations()).flatExtracting(Summary.Expectation::coveredBy)
                .doesNotContain("SAP integration (awaiting confirmation)", "SAP integration");
        String pdf = PdfText.sorted(PdfSummary.render(summary, UK)).flat();
        assertThat(section(pdf, SummaryWords.NOT_INCLUDED)).contains("SAP integration");
        assertThat(section(pdf, SummaryWords.AWAITING)).doesNotContain("SAP integration");
        assertThat(pdf.toLowerCase(Locale.ROOT)).doesNotContain("tier", "approver", "reject", "sales-lead");
    }
}
