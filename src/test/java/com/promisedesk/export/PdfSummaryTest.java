package com.promisedesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** The PDF read back by text extraction: every section and value, the draft mark, and real names. */
@Slow
class PdfSummaryTest {

    private static final Layout UK = Layout.of(Locale.UK);

    @Test
    void everySectionAndValueOfTheSummaryIsInThePdf() {
        Promise northwind = SummarySamples.promise("northwind");
        Summary summary = SummarySamples.summary(northwind, Printing.preview(SummarySamples.ISSUED).withRevision(4));
        PdfText pdf = PdfText.of(PdfSummary.render(summary, UK));
        String text = pdf.flat();

        assertThat(text).contains(SummaryWords.DELIVER, SummaryWords.NOT_INCLUDED, SummaryWords.EXPECTATIONS,
                SummaryWords.RESPONSIBILITIES, SummaryWords.EXTRAS, SummaryWords.KEEP_INFORMED);
        assertThat(text).contains("Fleetwise GmbH", "Northwind Traders", "Anna Berg",
                "Fleet analytics for the Chicago and Toronto depots", "Jonas Keller", "jonas.keller@fleetwise.example",
                "+49 30 1234 5678", "23 Nov 2026", "Revision 4", "SHA-256 " + summary.fingerprint());
        for (Summary.Item item : summary.deliver()) {
            assertThat(text).contains(item.name(), item.summary(), UK.date(item.date()));
            item.serviceLevels().forEach(level -> assertThat(text).contains(level));
        }
        assertThat(text).contains("First response: 24 h", "Telematics box G3 An LTE-M");
        for (Summary.Expectation e : summary.expectations()) {
            assertThat(text).contains("“" + e.words() + "”", e.mark());
        }
        assertThat(text).contains("Agreed wording: “ELD logs from FMCSA-registered devices");
        for (Summary.Responsibility r : summary.responsibilities()) {
            assertThat(text).contains(r.what(), UK.date(r.due()));
        }
        assertThat(text).contains("Ten extra e-learning seats for new drivers, one-time", "One-time");
        // The planned EV line cannot be delivered by the date asked: not included, never promised.
        assertThat(summary.deliver()).extracting(Summary.Item::name).doesNotContain("EV range and charging planning");
        assertThat(text).contains("EV range and charging planning",
                "We cannot deliver this by the date asked. The earliest we can offer is 1 Mar 2027.");
        assertThat(text).contains("Page 1 of " + pdf.pages().size());
    }

    @Test
    void pendingApprovalsAreAwaitingConfirmationWithTheDateWeConfirmBy() {
        Summary summary = SummarySamples.summary(SummarySamples.promise("ostwind"), Printing.preview(SummarySamples.ISSUED));
        String text = PdfText.of(PdfSummary.render(summary, UK)).flat();

        assertThat(text).contains(SummaryWords.AWAITING, SummaryWords.AWAITING_LEAD, "Not yet promised",
                "Nightly export of driving and rest times per transport order into Ostwind's SAP TM",
                "26 Nov 2026", "Preview, not issued", "Not issued (preview)");
    }

    @Test
    void aDraftCarriesTheMarkOnEveryPageAndAnAgreedPromiseNowhere() {
        Promise draft = SummarySamples.longPromise(60, PromiseStatus.READ_BACK);
        PdfText drafted = PdfText.of(PdfSummary.render(SummarySamples.summary(draft, Printing.preview(SummarySamples.ISSUED)), UK));
        assertThat(drafted.pages()).hasSizeGreaterThan(3);
        for (int page = 0; page < drafted.pages().size(); page++) {
            assertThat(drafted.flatPage(page)).as("page %d", page + 1)
                    .containsIgnoringCase(Summary.DRAFT_MARK)
                    .contains("Page " + (page + 1) + " of " + drafted.pages().size());
        }

        Promise agreed = SummarySamples.promise("baltic").withStatus(PromiseStatus.AGREED);
        String text = PdfText.of(PdfSummary.render(SummarySamples.summary(agreed, Printing.preview(SummarySamples.ISSUED)), UK))
                .flat();
        assertThat(text).doesNotContainIgnoringCase("draft").doesNotContainIgnoringCase("not a commitment")
                .contains("Status Agreed");
    }

    @Test
    void namesInLatinGreekAndCyrillicComeBackIntact() {
        List<String> names = List.of("Zoë Ærøskøbing", "Łódź Sp. z o.o.", "Ελληνική Α.Ε.", "ООО Ромашка");
        Promise promise = SummarySamples.promise("baltic");
        Promise named = new Promise(promise.id(), new Customer(names.get(2), "EU", names.get(0)), names.get(3),
                promise.start(), promise.status(), promise.lines(), promise.expectations(),
                promise.responsibilities(), promise.extras());
        Sender sender = new Sender(names.get(1), names.get(0), null, null);
        Summary summary = new SummaryBuilder(SummarySamples.catalog()).build(named, sender,
                Printing.preview(SummarySamples.ISSUED));

        String text = PdfText.of(PdfSummary.render(summary, UK)).flat();

        assertThat(text).contains(names);
    }

    @Test
    void paperFollowsTheLocaleAndCanBeChosen() {
        Summary summary = SummarySamples.summary(SummarySamples.promise("baltic"), Printing.preview(SummarySamples.ISSUED));

        PDRectangle us = PdfText.of(PdfSummary.render(summary, Layout.of(Locale.US))).pageSize();
        PDRectangle de = PdfText.of(PdfSummary.render(summary, Layout.of(Locale.GERMANY))).pageSize();
        PDRectangle chosen = PdfText.of(PdfSummary.render(summary, Layout.of("en-US", Paper.A4))).pageSize();

        assertThat(us.getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
        assertThat(us.getHeight()).isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
        assertThat(de.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
        assertThat(chosen.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
        assertThat(PdfText.of(PdfSummary.render(summary, Layout.of(Locale.US))).flat()).contains("Nov 23, 2026");
    }

    @Test
    void nothingInternalReachesTheCustomer() {
        Summary summary = SummarySamples.summary(SummarySamples.promise("ostwind"),
                new Printing(SummarySamples.ISSUED, 1, Set.of(5), List.of()));
        String text = PdfText.of(PdfSummary.render(summary, UK)).flat();

        assertThat(text).doesNotContainIgnoringCase("tier").doesNotContainIgnoringCase("approv")
                .doesNotContain("sales-lead", "executive", "NEEDS_APPROVAL", "NOT_DELIVERABLE", "UNDER_PROMISE",
                        "Product Management", "Hardware Logistics", "capacity");
        // Line 5 was approved: promised, not awaiting.
        assertThat(summary.deliver()).extracting(Summary.Item::name).contains("Telematics box G3");
    }

    @Test
    void hostileWordsPrintAsWords() {
        Promise promise = SummarySamples.promise("baltic");
        String hostile = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> Smith & Sons";
        Promise named = new Promise(promise.id(), new Customer(hostile, "EU", null), "T", LocalDate.of(2026, 11, 30),
                promise.status(), promise.lines(), promise.expectations(), promise.responsibilities(), promise.extras());
        String text = PdfText.of(PdfSummary.render(SummarySamples.summary(named, Printing.preview(SummarySamples.ISSUED)), UK))
                .flat();

        assertThat(text).contains(hostile);
    }
}
