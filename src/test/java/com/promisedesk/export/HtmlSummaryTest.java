package com.promisedesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.Extra;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The HTML export escapes hostile words and stays well-formed. */
class HtmlSummaryTest {

    static final String SCRIPT = "<script>alert('x')</script>";
    static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
    static final String AMPERSAND = "Smith & Sons &amp; Co";

    static Promise hostile() {
        return new Promise(UUID.randomUUID(), new Customer(SCRIPT, "EU", BREAKOUT), AMPERSAND,
                LocalDate.of(2026, 11, 30), PromiseStatus.DRAFT,
                List.of(CommitmentLine.bespoke(SCRIPT + " " + BREAKOUT, LocalDate.of(2027, 3, 1)),
                        CommitmentLine.of("FLEET-CORE", 10, LocalDate.of(2026, 12, 7))),
                List.of(new Expectation(BREAKOUT, List.of(1), ExpectationStatus.CLARIFIED, AMPERSAND + " " + SCRIPT)),
                List.of(new com.promisedesk.domain.Responsibility(SCRIPT, null, List.of(0))),
                List.of(new Extra(BREAKOUT)));
    }

    @Test
    void hostileWordsAreEscapedEverywhere() {
        Sender sender = new Sender(SCRIPT, BREAKOUT, AMPERSAND, null);
        Summary summary = new SummaryBuilder(SummarySamples.catalog()).build(hostile(), sender,
                Printing.preview(SummarySamples.ISSUED));

        String html = HtmlSummary.render(summary, Layout.of(Locale.UK));

        assertThat(html).doesNotContain("<script", "<img", "\"><img").doesNotContain("& ")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
                        "Smith &amp; Sons &amp;amp; Co");
    }

    @Test
    void theHtmlIsWellFormedAndItsTextIsTheCustomersWords() throws Exception {
        Summary summary = new SummaryBuilder(SummarySamples.catalog()).build(hostile(), SummarySamples.SENDER,
                Printing.preview(SummarySamples.ISSUED));
        String html = HtmlSummary.render(summary, Layout.of(Locale.UK)).replace("<!DOCTYPE html>", "");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(document.getElementsByTagName("img").getLength()).isZero();
        assertThat(document.getDocumentElement().getTextContent()).contains(SCRIPT, BREAKOUT, AMPERSAND);
    }

    @Test
    void theHtmlCarriesTheSectionsInTheIssuesOrderAndTheFooter() {
        Summary summary = SummarySamples.summary(SummarySamples.promise("northwind"),
                Printing.preview(SummarySamples.ISSUED).withRevision(2));
        String html = HtmlSummary.render(summary, Layout.of(Locale.US));

        assertThat(html).containsSubsequence("Draft — not a commitment", "Northwind Traders", SummaryWords.DELIVER,
                SummaryWords.NOT_INCLUDED, SummaryWords.EXPECTATIONS, SummaryWords.RESPONSIBILITIES,
                SummaryWords.EXTRAS, SummaryWords.KEEP_INFORMED, "Revision 2 · Issued Nov 23, 2026",
                summary.fingerprint());
        assertThat(html).contains("size: letter");
    }
}
