package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The approvals inbox in a real Chromium against a real central store on loopback, with a rep
 * who works only through the command line (import, request-approval, sync, export), as in
 * {@link SyncCommandLineTest}: what an approver decides in the browser reaches the rep's
 * written summary at their next sync.
 */
@Slow
class ConsoleApprovalsBrowserTest extends CommandLineWithConsoleBrowser {

    static final String OSTWIND = "0e7a5f13-2c64-4b8e-a1d9-7f3e6c2b9a02";

    private ConsoleBrowser browser;
    private String laptop;

    /**
     * The catalog published, Ostwind synced by anna, and three lines asked for: 6 (450 boxes,
     * tier 2), 9 (first response 2 h, tier 2) and 7 (SAP integration early, tier 1), in that order.
     * The samples are moved from 2026/2027 to 2037/2038, years with the same calendar: the
     * promise starts after any day this test runs on, so the console counts the lead time from
     * its start, not from the day of the request (which is the machine's today).
     */
    private void repAsksForThreeLines() throws IOException {
        browser = chromium.at(central.url());
        String url = central.url();
        assertThat(run("--data-dir", dir.resolve("admin").toString(), "catalog", "publish",
                later(Terminal.sample(dir, "catalog.yaml")).toString(), "--server", url, "--token",
                token("carl", "catalog-owner"))).as(err.toString()).isZero();
        laptop = dir.resolve("laptop").toString();
        assertThat(run("--data-dir", laptop, "promise", "import", later(Terminal.sample(dir, "promise-ostwind.json")).toString()))
                .isZero();
        assertThat(run("--data-dir", laptop, "sync", "--server", url, "--token", token("anna", "rep"))).isZero();
        ask(6, "Their season starts in March");
        ask(9, "Their dispatch runs around the clock");
        ask(7, "Their SAP go-live is fixed for 4 January");
        assertThat(run("--data-dir", laptop, "sync", "--quiet")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("pushed 3");
    }

    /** {@code file} with its dates eleven years later (2026 and 2037, 2027 and 2038 share their calendars). */
    private static Path later(Path file) throws IOException {
        Path moved = file.resolveSibling("2037-" + file.getFileName());
        Files.writeString(moved, Files.readString(file).replace("2026-", "2037-").replace("2027-", "2038-"));
        return moved;
    }

    private void ask(int line, String reason) {
        assertThat(run("--data-dir", laptop, "promise", "request-approval", OSTWIND, "--line", String.valueOf(line),
                "--today", "2037-11-23", "--reason", reason)).as(err.toString()).isZero();
    }

    @Test
    void twoRolesDecideInTheBrowserAndTheRepsNextSyncBringsBothIntoTheSummary() throws IOException {
        repAsksForThreeLines();
        browser.signIn(token("lena", "approver:sales-lead"));
        assertThat(browser.path()).as(browser.text()).isEqualTo("/console/approvals");
        assertThat(browser.driver().getTitle()).as("a title in words, no class name").isEqualTo("Approvals · PromiseDesk console");
        List<WebElement> waiting = browser.all("#waiting article.request");
        assertThat(waiting).extracting(a -> a.findElement(org.openqa.selenium.By.cssSelector(".line")).getText())
                .as("oldest first").containsExactly(
                        "Line 6: 450 × Telematics box G3 (HW-BOX-G3) on Mon 14 Dec 2037",
                        "Line 9: 1 × Premium support (SUP-PREM), at the standard date, First response 2 h, Platform uptime 99.5 %",
                        "Line 7: 1 × SAP integration (INT-ERP-SAP) on Mon 4 Jan 2038");
        String page = browser.text();
        assertThat(page).contains("Ostwind Spedition GmbH · Fleet analytics rollout for 450 trucks with SAP integration",
                "asked by anna", "Waiting under an hour",
                "quantity 450 instead of at most 250", "First response 2 h instead of 4 h",
                "lead time 26 business days instead of 30",
                "450 units of Telematics box G3: up to 250 per line are standard; 450 needs tier 2 approval.",
                "Their season starts in March", "None yet. Waiting for: sales-lead, product.");
        browser.screens("approvals-waiting");

        decide(waiting.get(0), "Fine: the boxes ship from the March batch", true);
        assertThat(browser.text()).contains("Approved. The rep's app hears of it at its next sync.");
        decide(browser.all("#waiting article.request").get(1), "", true); // line 7, tier 1: sales-lead alone approves it
        assertThat(browser.all("#waiting article.request")).hasSize(1);
        assertThat(browser.find("#settled").getText()).contains("Approved · sales-lead approved (lena)",
                "Waiting for product · sales-lead approved (lena)");
        browser.screens("approvals-settled", "#settled");
        browser.signOut();
        browser.screens("signed-out");

        browser.signIn(token("pat", "approver:product"));
        List<WebElement> forProduct = browser.all("#waiting article.request");
        assertThat(forProduct).as("line 7 needs no product decision").hasSize(2);
        assertThat(forProduct.get(0).getText()).contains("Approved by sales-lead (lena",
                "Fine: the boxes ship from the March batch", "Still waiting for: product.");
        decide(forProduct.get(1), "", false);
        String why = "A rejection needs a note: say why, the rep reads it to the customer.";
        assertThat(browser.find("[role=alert]").getText()).isEqualTo("Nothing was decided: " + why + " Go to the request");
        assertThat(browser.find("#waiting .problem").getText()).as("and at the request").isEqualTo(why);
        assertThat(browser.all("#waiting article.request")).as("nothing decided").hasSize(2);
        browser.screens("approvals-problem-top");
        browser.screens("approvals-problem", "#waiting .problem");
        decide(browser.all("#waiting article.request").get(1), "Premium support answers within 4 h at best", false);
        assertThat(browser.text()).contains("Rejected. The rep's app hears of it, with your note, at its next sync.");
        decide(browser.all("#waiting article.request").get(0), "", true);
        assertThat(browser.all("#waiting article.request")).isEmpty();
        assertThat(browser.text()).contains("Nothing waits for your role.");

        assertThat(run("--data-dir", laptop, "sync", "--quiet")).as(err.toString()).isZero();
        String summary = summary();
        assertThat(section(summary, "Telematics box G3")).isEqualTo("What we will deliver");
        assertThat(section(summary, "SAP integration")).isEqualTo("What we will deliver");
        assertThat(section(summary, "Premium support")).isEqualTo("Not included");
        assertThat(summary).doesNotContain("lena", "pat", "sales-lead", "4 h at best");

        // One decision per role, final: the command line hears the same store say so.
        String request = browser.driver().findElement(org.openqa.selenium.By.cssSelector("#settled article")).getAttribute("id")
                .substring(2);
        assertThat(run("--data-dir", dir.resolve("pat").toString(), "requests", "decide", request, "--approve",
                "--server", central.url(), "--token", token("pat2", "approver:product"))).isEqualTo(65);
        assertThat(err.toString()).contains("already");
    }

    /** Types {@code note} into the request's form and presses Approve or Reject. */
    private void decide(WebElement request, String note, boolean approve) {
        WebElement text = request.findElement(org.openqa.selenium.By.cssSelector("textarea[name=note]"));
        text.clear();
        if (!note.isEmpty()) {
            text.sendKeys(note);
        }
        browser.submit(request.findElement(org.openqa.selenium.By.cssSelector(
                "button[value=" + (approve ? "APPROVED" : "REJECTED") + "]")));
    }

    private String summary() throws IOException {
        Path file = dir.resolve("summary-" + System.nanoTime() + ".txt");
        assertThat(run("--data-dir", laptop, "promise", "export", OSTWIND, "--date", "2037-11-23", "--format", "txt",
                "--out", file.toString())).as(err.toString()).isZero();
        return Files.readString(file);
    }

    /** The heading of the summary's section that names {@code what} first. */
    private static String section(String summary, String what) {
        assertThat(summary).contains(what);
        String before = summary.substring(0, summary.indexOf(what));
        return Stream.of("What we will deliver", "Awaiting confirmation", "Not included")
                .max(Comparator.comparingInt(before::lastIndexOf)).orElseThrow();
    }
}
