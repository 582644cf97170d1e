package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.promisedesk.Slow;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What the console refuses, in a real Chromium: another role's request (not shown, and a
 * direct POST is 403 with nothing changed), a form without its CSRF token, a page without a
 * session, a rep's token; and hostile text from a promise and a reason, shown as text.
 */
@Slow
class ConsoleGuardsBrowserTest extends CommandLineWithConsoleBrowser {

    private static final String OSTWIND = "0e7a5f13-2c64-4b8e-a1d9-7f3e6c2b9a02";
    private static final String SCRIPT = "<script>alert(1)</script>";
    /** Right-to-left override and a right-to-left mark: text that tries to turn the page's words around. */
    private static final String RTL = "\u202Egnp.exe\u202C \u200F";

    private ConsoleBrowser browser;
    private String laptop;

    /** anna's request for line 6 of {@code promise}, pushed by sync; its id as lena's requests list gives it. */
    private String repAsksForLine6(Path promise, String reason) throws IOException {
        browser = chromium.at(central.url());
        assertThat(run("--data-dir", dir.resolve("admin").toString(), "catalog", "publish",
                Terminal.sample(dir, "catalog.yaml").toString(), "--server", central.url(), "--token",
                token("carl", "catalog-owner"))).as(err.toString()).isZero();
        laptop = dir.resolve("laptop").toString();
        assertThat(run("--data-dir", laptop, "promise", "import", promise.toString())).as(err.toString()).isZero();
        assertThat(run("--data-dir", laptop, "sync", "--server", central.url(), "--token", token("anna", "rep"))).isZero();
        assertThat(run("--data-dir", laptop, "promise", "request-approval", OSTWIND, "--line", "6", "--today",
                "2026-11-23", "--reason", reason)).as(err.toString()).isZero();
        assertThat(run("--data-dir", laptop, "sync", "--quiet")).as(err.toString()).isZero();
        return waitingForSalesLead().replaceAll("(?s).*?\"id\" : \"([^\"]+)\".*", "$1");
    }

    /** What waits for sales-lead, as {@code requests list --format json} prints it. */
    private String waitingForSalesLead() {
        assertThat(run("--data-dir", dir.resolve("lena").toString(), "requests", "list", "--server", central.url(),
                "--token", token("lena-cli", "approver:sales-lead"), "--format", "json")).as(err.toString()).isZero();
        return out.toString();
    }

    private HttpResponse<String> post(String path, String cookie, String form) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(central.url() + path))
                .header("Cookie", "pd_console=" + cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anApproverOfAnotherRoleDoesNotSeeTheRequestAndADirectPostIsRefusedWithNothingChanged() throws Exception {
        String id = repAsksForLine6(Terminal.sample(dir, "promise-ostwind.json"), "Their season starts in March");
        String before = waitingForSalesLead();
        assertThat(before).contains(id).contains("\"decisions\" : [ ]");

        token("eve", "approver:engineering");
        assertThat(run("--data-dir", dir.resolve("central").toString(), "server", "signin-link", "--user", "eve",
                "--url", central.url())).as(err.toString()).isZero();
        String link = out.toString().strip().split("\n")[1];
        chromium.driver().manage().deleteAllCookies();
        chromium.driver().get(link);
        browser.screens("sign-in-link");
        browser.submit(browser.find("form[action='/console/link'] button"));
        assertThat(browser.path()).as("signed in by the one-time link").isEqualTo("/console/approvals");
        assertThat(browser.all("#waiting article.request")).isEmpty();
        assertThat(browser.text()).contains("Nothing waits for your role.").doesNotContain("Ostwind");
        browser.screens("approvals-empty");
        String csrf = browser.find("form.sign-out input[name=csrf]").getAttribute("value");
        HttpResponse<String> refused = post("/console/approvals/" + id, browser.sessionCookie(),
                "csrf=" + csrf + "&decision=REJECTED&note=Not+on+my+watch");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Not yours to decide").contains("Nothing was changed");
        assertThat(waitingForSalesLead()).as("nothing changed").isEqualTo(before);
        assertThat(run("--data-dir", laptop, "sync", "--quiet")).isZero();
        assertThat(out.toString()).as("nothing for the rep either").contains("pulled 0");

        browser.signIn(token("anna-console", "rep"));
        assertThat(browser.path()).isEqualTo("/console/nothing");
        assertThat(browser.text()).contains("Reps work in the PromiseDesk desktop app");
        browser.screens("nothing-for-a-rep");
        browser.open("/console/approvals");
        assertThat(browser.text()).contains("This page is not for your role (rep). Nothing was changed.");
        browser.screens("not-for-your-role");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndAPageWithoutASessionGoesToSignIn() throws Exception {
        String id = repAsksForLine6(Terminal.sample(dir, "promise-ostwind.json"), "Their season starts in March");
        String before = waitingForSalesLead();
        chromium.driver().manage().deleteAllCookies();
        browser.open("/console/approvals");
        assertThat(browser.path()).isEqualTo("/console/sign-in");
        browser.screens("sign-in");
        browser.find("#token").sendKeys("pd_mistyped");
        browser.submit(browser.find("form[action='/console/sign-in'] button"));
        assertThat(browser.find(".problem").getText()).contains("That token is not known or has been revoked");
        browser.screens("sign-in-failed");

        browser.signIn(token("lena", "approver:sales-lead"));
        chromium.driver().executeScript("document.querySelectorAll('form.decide input[name=csrf]').forEach(e => e.remove())");
        browser.find("#r-" + id + " textarea").sendKeys("Fine");
        browser.submit(browser.find("#r-" + id + " button[value=APPROVED]"));
        assertThat(browser.text()).contains("This form was refused", "Nothing was changed");
        browser.screens("form-refused");
        assertThat(waitingForSalesLead()).as("nothing changed").isEqualTo(before);

        String cookie = browser.sessionCookie();
        browser.open("/console/approvals");
        browser.signOut();
        assertThat(post("/console/approvals/" + id, cookie, "decision=APPROVED").statusCode())
                .as("a signed-out session's cookie leads to sign-in").isEqualTo(303);
        assertThat(waitingForSalesLead()).isEqualTo(before);
    }

    @Test
    void hostileTextInAPromiseAndAReasonRendersAsTextAndKeepsThePageWithinTheScreen() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode promise = (ObjectNode) json.readTree(Terminal.sample(dir, "promise-ostwind.json").toFile());
        String longName = SCRIPT + RTL + "Ostwind" + "x".repeat(10_000);
        ((ObjectNode) promise.get("customer")).put("name", longName);
        promise.put("title", RTL + SCRIPT + " Fleet " + "W".repeat(300));
        Path hostile = dir.resolve("hostile.json");
        Files.writeString(hostile, json.writeValueAsString(promise));
        String reason = SCRIPT + " " + RTL + " <b>bold?</b> " + "y".repeat(1_900);
        String id = repAsksForLine6(hostile, reason);

        browser.signIn(token("lena", "approver:sales-lead"));
        browser.find("#r-" + id + " textarea").sendKeys(SCRIPT + RTL + " <img src=x onerror=alert(2)>");
        browser.submit(browser.find("#r-" + id + " button[value=APPROVED]"));
        browser.signIn(token("pat", "approver:product"));
        assertThat(browser.alertOpen()).isFalse();
        assertThat(chromium.driver().executeScript("return document.querySelectorAll('script, img, b').length"))
                .as("no element came from the text").isEqualTo(0L);
        String heading = browser.find("#h-" + id).getText();
        assertThat(heading).startsWith(SCRIPT).contains("Ostwind" + "x".repeat(100));
        assertThat(browser.find("#r-" + id + " blockquote").getText()).startsWith(SCRIPT).contains("<b>bold?</b>");
        assertThat(browser.find("#r-" + id + " .decisions").getText()).contains("<img src=x onerror=alert(2)>");
        browser.screens("hostile-text"); // asserts at both sizes that the page is no wider than the screen
        assertThat(browser.alertOpen()).isFalse();
    }
}
