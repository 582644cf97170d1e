package com.promisedesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Milestone;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No page of the PDF ends with a section heading, or a table's header row, whose first row is on
 * the next page: the customer never turns a page to find what a heading at the foot announced.
 * Every sample promise on both papers, previewed and issued, with and without a sender and
 * milestones, and long generated promises of many lengths, so headings fall at many heights.
 */
@Slow
class PageFootTest {

    /** Each table's header row as it reads back: the cells of one row, left to right. */
    private static final List<String> HEADER_ROWS = List.of("What Quantity By", "What Quantity Asked for We confirm by",
            "What you asked for Why it is not included", "What you told us How we read it back",
            "What we need By If it is late, these move later", "Milestone Date");

    /** What must never be the last words above a page's footer. */
    private static final List<String> ALONE_AT_THE_FOOT = aloneAtTheFoot();

    private static final LocalDate ISSUED = SummarySamples.ISSUED;

    static Stream<Arguments> summaries() {
        List<Arguments> all = new ArrayList<>();
        Printing preview = Printing.preview(ISSUED);
        Printing issued = new Printing(ISSUED, 1, Set.of(), List.of(new Milestone("Workspace set up", ISSUED.plusDays(10), true),
                new Milestone("Boxes installed", ISSUED.plusDays(30), false)));
        for (String sample : List.of("ostwind", "northwind", "baltic")) {
            Promise promise = SummarySamples.promise(sample);
            for (Locale locale : List.of(Locale.GERMANY, Locale.US)) {
                all.add(pdf(sample + ", " + locale + ", preview", promise, SummarySamples.SENDER, preview, locale));
                all.add(pdf(sample + ", " + locale + ", issued with milestones", promise, SummarySamples.SENDER, issued,
                        locale));
                all.add(pdf(sample + ", " + locale + ", no sender", promise, Sender.none(), preview, locale));
            }
        }
        IntStream.iterate(12, n -> n <= 72, n -> n + 4).forEach(n -> all.add(pdf("long, " + n + " lines",
                SummarySamples.longPromise(n, PromiseStatus.DRAFT), SummarySamples.SENDER, preview, Locale.UK)));
        all.add(pdf("long, 200 lines, agreed", SummarySamples.longPromise(200, PromiseStatus.AGREED),
                SummarySamples.SENDER, issued, Locale.US));
        for (int above = 1; above <= 20; above++) {
            all.add(pdf("a tall first row awaiting confirmation after " + above + " lines", tallFirstRow(above, 12),
                    Sender.none(), preview, Locale.UK));
        }
        for (int above = 1; above <= 20; above += 3) {
            all.add(pdf("a first row of half a page after " + above + " lines", tallFirstRow(above, 45), Sender.none(),
                    preview, Locale.UK));
        }
        return all.stream();
    }

    /**
     * {@code above} standard lines, then a bespoke line of {@code clauses} clauses: the first row of
     * "Awaiting confirmation" is as tall as its words, and its heading falls lower as {@code above} grows.
     */
    private static Promise tallFirstRow(int above, int clauses) {
        List<CommitmentLine> lines = new ArrayList<>();
        for (int i = 0; i < above; i++) {
            lines.add(CommitmentLine.of("FLEET-CORE", 1, LocalDate.of(2027, 2, 1)));
        }
        StringBuilder words = new StringBuilder("A nightly export to the customer's transport system");
        for (int i = 0; i < clauses; i++) {
            words.append(", with the depot, vehicle and driver of trip ").append(i + 1);
        }
        lines.add(CommitmentLine.bespoke(words.toString(), LocalDate.of(2027, 3, 1)));
        lines.add(CommitmentLine.bespoke("A monthly depot report", LocalDate.of(2027, 3, 1)));
        return new Promise(UUID.fromString("00000000-0000-4000-8000-0000000000" + (10 + above)),
                new Customer("Hohe Zeilen GmbH", "EU", null), "Tall rows", LocalDate.of(2026, 11, 30),
                PromiseStatus.DRAFT, lines, List.of(), List.of(), List.of());
    }

    private static Arguments pdf(String name, Promise promise, Sender sender, Printing printing, Locale locale) {
        Summary summary = new SummaryBuilder(SummarySamples.catalog()).build(promise, sender, printing);
        return Arguments.of(Named.of(name, PdfSummary.render(summary, Layout.of(locale))));
    }

    @ParameterizedTest
    @MethodSource("summaries")
    void noPageEndsWithAHeadingOrATableHeaderWithoutItsFirstRow(byte[] pdf) {
        PdfText text = PdfText.upright(pdf);
        for (int page = 0; page < text.pages().size(); page++) {
            String content = contentAboveTheFooter(text.pages().get(page));
            assertThat(content).as("page %d of %d has content", page + 1, text.pages().size()).isNotBlank();
            String foot = content.substring(Math.max(0, content.length() - 120));
            assertThat(ALONE_AT_THE_FOOT).as("page %d of %d ends \"…%s\"", page + 1, text.pages().size(), foot)
                    .noneMatch(content::endsWith);
        }
    }

    /** The page's text, flattened, without the running footer (its facts line is the lowest that starts so). */
    private static String contentAboveTheFooter(String page) {
        List<String> lines = page.strip().lines().map(String::strip).toList();
        int footer = lines.size() - 1;
        while (footer >= 0 && !lines.get(footer).startsWith("Revision ") && !lines.get(footer).startsWith("Preview, not issued")) {
            footer--;
        }
        assertThat(footer).as("the footer of a page").isPositive();
        return PdfText.flatten(String.join(" ", lines.subList(0, footer)));
    }

    /** Headings, headings with the lead that introduces their table or list, header rows, the contact lead. */
    private static List<String> aloneAtTheFoot() {
        List<String> alone = new ArrayList<>(HEADER_ROWS);
        alone.addAll(List.of(SummaryWords.DELIVER, SummaryWords.AWAITING, SummaryWords.NOT_INCLUDED,
                SummaryWords.EXPECTATIONS, SummaryWords.RESPONSIBILITIES, SummaryWords.EXTRAS, SummaryWords.KEEP_INFORMED,
                new SummaryWords(Layout.of(java.util.Locale.UK), com.promisedesk.domain.Language.EN).contactLead(false)));
        alone.add(SummaryWords.AWAITING + " " + SummaryWords.AWAITING_LEAD);
        alone.add(SummaryWords.NOT_INCLUDED + " " + SummaryWords.NOT_INCLUDED_LEAD);
        alone.add(SummaryWords.RESPONSIBILITIES + " " + SummaryWords.RESPONSIBILITIES_LEAD);
        alone.add(SummaryWords.EXTRAS + " " + SummaryWords.EXTRAS_LEAD);
        alone.add(SummaryWords.KEEP_INFORMED + " " + SummaryWords.MILESTONES_LEAD);
        return List.copyOf(alone);
    }
}
