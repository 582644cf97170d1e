package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.DeliveryMark;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.LocalStore;
import com.promisedesk.sync.ServerAddress;
import com.promisedesk.sync.SyncClient;
import com.promisedesk.sync.SyncRound;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The team's promise-keeping record on the Team page (decision 0025), in a real Chromium against a
 * real central store on loopback: reps' devices mark deliveries and sync, and a manager reads each
 * rep's record over a period, with no customer, title or reason on the page, however hostile.
 */
@Slow
class ConsoleTeamRecordBrowserTest extends CommandLineWithConsoleBrowser {

    private static final String HOSTILE = "<script>alert(1)</script>\u202Egnp.exe\u202C";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 23);
    private static final Function<Promise, List<LocalDate>> PROMISED = p -> p.lines().stream()
            .map(l -> LocalDate.of(2026, 12, 15)).toList();

    /** An agreed promise of two lines, both promised on 15 December. */
    private static Promise agreed(String customer) {
        return new Promise(UUID.randomUUID(), new Customer(customer, "EU", null), HOSTILE + " title",
                LocalDate.of(2026, 11, 23), PromiseStatus.DRAFT, List.of(CommitmentLine.of("ONB-STD", 1,
                LocalDate.of(2026, 12, 15)), CommitmentLine.of("ONB-STD", 1, LocalDate.of(2026, 12, 15))),
                List.of(), List.of(), List.of()).withStatus(PromiseStatus.AGREED);
    }

    private static DeliveryMark delivered(int line, int day) {
        LocalDate on = LocalDate.of(2026, 12, day);
        return DeliveryMark.delivered(line, on, on.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
    }

    /** One rep's device: each promise gets its marks, then one sync round. */
    private void repSyncs(String rep, List<Promise> promises, List<List<DeliveryMark>> marks) throws Exception {
        try (LocalStore store = LocalStore.open(dir.resolve(rep + "-laptop"))) {
            for (int i = 0; i < promises.size(); i++) {
                store.promises().save(promises.get(i));
                for (DeliveryMark mark : marks.get(i)) {
                    store.deliveries().record(promises.get(i).id(), mark, PROMISED, TODAY);
                }
            }
            new SyncRound(SyncClient.create(ServerAddress.parse(central.url(), false), token(rep, "rep")), store.sync(),
                    SyncRound.DEFAULT_BATCH, SyncRound.DEFAULT_PAGE, progress -> { }).run();
        }
    }

    @Test
    void aManagerReadsEachRepsRecordOverAPeriodWithoutTheirCustomers() throws Exception {
        repSyncs("anna", List.of(agreed(HOSTILE + "Ostwind"), agreed("Baltic Cold AB"), agreed("Northwind")), List.of(
                List.of(delivered(0, 10), delivered(1, 14)),
                List.of(delivered(0, 12), delivered(1, 19)),
                List.of(delivered(0, 11))));
        repSyncs("bo", List.of(agreed("Kiel Freight"), agreed("Wismar Bulk")), List.of(
                List.of(delivered(0, 9), DeliveryMark.cancelled(1, LocalDate.of(2026, 12, 9), HOSTILE + " no stock",
                        Instant.parse("2026-12-09T13:00:00Z"))),
                List.of(DeliveryMark.withdrawn(LocalDate.of(2026, 12, 8), HOSTILE + " budget cut",
                        Instant.parse("2026-12-08T13:00:00Z")))));

        ConsoleBrowser browser = chromium.at(central.url());
        browser.signIn(token("maria", "manager"));
        browser.open("/console/team?from=2026-12-01&to=2026-12-31");

        assertThat(rows(browser, "#record thead tr")).containsExactly(
                "Rep Kept on time Late Broken Withdrawn Share kept");
        assertThat(rows(browser, "#record tbody tr")).containsExactly("anna 1 1 0 0 50%", "bo 0 0 1 1 0%");
        assertThat(rows(browser, "#record tfoot tr")).containsExactly("All reps 1 1 1 1 33%");
        String source = browser.driver().getPageSource();
        assertThat(source).doesNotContain("Ostwind", "Baltic", "Kiel", "alert(1)", "gnp.exe", "no stock", "budget cut");
        assertThat(browser.driver().executeScript("return document.querySelectorAll('script').length")).isEqualTo(0L);
        browser.screens("team-record", "#record");

        // Only what ended within the period counts: anna's late promise ended on the 19th.
        browser.open("/console/team?from=2026-12-01&to=2026-12-18");
        assertThat(rows(browser, "#record tfoot tr")).containsExactly("All reps 1 0 1 1 50%");
        browser.open("/console/team?from=" + java.net.URLEncoder.encode(HOSTILE, java.nio.charset.StandardCharsets.UTF_8)
                + "&to=2026-12-31");
        assertThat(browser.find("#record .problem").getText()).startsWith("From: \"<script>alert(1)</script>")
                .contains("is not a day (YYYY-MM-DD");
        assertThat(browser.driver().executeScript("return document.querySelectorAll('script').length")).isEqualTo(0L);
    }

    private static List<String> rows(ConsoleBrowser browser, String css) {
        return browser.all(css).stream().map(r -> r.findElements(By.cssSelector("th, td")).stream()
                .map(c -> c.getText().replaceAll("\\s+", " ").strip()).reduce((a, b) -> a + " " + b).orElse("")).toList();
    }
}
