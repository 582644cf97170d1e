package com.promisedesk.ui.sync;

import com.promisedesk.SampleDay;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.file.CatalogFile;
import com.promisedesk.store.Judging;
import com.promisedesk.ui.CatalogVersions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "What changed" when capabilities gain or lose a lead time: said in words, and the open lines judged again. */
class CatalogNewsTest {

    /** The sample catalog, but payment terms now take 10 business days and basic support has no lead time. */
    private static Catalog next() throws Exception {
        String text = CatalogVersions.sampleText();
        text = replace(text, "version: \"2026.11.2\"", "version: \"2026.12.9\"");
        text = replace(text, "status: available\n    terms:\n      - { key: paymentDays",
                "status: available\n    leadTime: { standard: 10 }\n    terms:\n      - { key: paymentDays");
        String basicSupport = "      - { key: responseHours, label: { en: \"First response\", de: \"Erste Reaktion\","
                + " pl: \"Pierwsza odpowiedź\" }, unit: h, better: lower, standard: 24 }";
        text = replace(text, "    leadTime: { standard: 2 }\n    terms:\n" + basicSupport, "    terms:\n" + basicSupport);
        return CatalogFile.parse(text, "next.yaml");
    }

    private static String replace(String text, String what, String with) {
        assertThat(text).as("the sample catalog still reads as this test expects").containsOnlyOnce(what);
        return text.replace(what, with);
    }

    @Test
    void aLeadTimeGainedOrLostIsSaidInWordsAndTheOpenLinesAreJudgedAgain() throws Exception {
        Catalog before = CatalogFile.parse(CatalogVersions.sampleText(), "catalog.yaml");
        Promise open = Promise.draft(new Customer("Northwind Traders", "EU", null), "Fleet rollout",
                LocalDate.of(2026, 11, 23)).withLines(List.of(
                new CommitmentLine("COM-PAY-TERMS", null, 1, LocalDate.of(2026, 11, 24),
                        Map.of("paymentDays", new BigDecimal("30")), null),
                CommitmentLine.of("SUP-BASIC", 1, LocalDate.of(2027, 3, 1))));

        CatalogNews news = CatalogNews.between(Judging.of(before), Judging.of(next()),
                List.of(open), SampleDay.TODAY);

        assertThat(news.headline()).isEqualTo("Catalog 2026.12.9 — 0 added, 2 changed, 0 retired");
        assertThat(news.changed()).containsExactly(
                new CatalogNews.Entry("SUP-BASIC", "Basic support",
                        List.of("Lead time: none now, it was 2 business days (standard)")),
                new CatalogNews.Entry("COM-PAY-TERMS", "Payment terms",
                        List.of("Lead time: none before, now 10 business days (standard); Fewer than 10 (not possible)")));
        assertThat(news.rejudged()).containsExactly(new CatalogNews.Rejudged("Northwind Traders · Fleet rollout", List.of(
                "Line 1 (Payment terms): Standard → Not deliverable",
                "Line 2 (Basic support): Under-promise → Standard")));
    }
}
