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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Team page in a real Chromium against a real central store on loopback: what reps pushed
 * with {@code sync} on the command line is what a manager counts, with no customer contents
 * (docs/decisions/0019); other roles are refused, and IT (admin) sees the same page.
 */
@Slow
class ConsoleTeamBrowserTest extends CommandLineWithConsoleBrowser {

    private static final String OSTWIND = "0e7a5f13-2c64-4b8e-a1d9-7f3e6c2b9a02";
    private static final String SHARED = "7d1c0a52-3b4e-4f60-9a7b-8c9d0e1f2a01";
    private static final String HOSTILE = "<script>alert(1)</script>\u202Egnp.exe\u202C \u200F";
    /** A user name as long as token create allows: the tables must wrap it, not widen the page. */
    private static final String LONG_REP = "dana." + "d".repeat(195);

    private final ObjectMapper json = new ObjectMapper();
    private ConsoleBrowser browser;

    /** The Ostwind sample as a promise {@code id} in {@code status}, with the customer and title given. */
    private Path promise(String id, String status, String customer, String title) throws IOException {
        ObjectNode promise = (ObjectNode) json.readTree(Terminal.sample(dir, "promise-ostwind.json").toFile());
        promise.put("id", id).put("status", status).put("title", title);
        ((ObjectNode) promise.get("customer")).put("name", customer);
        if (!status.equals("DRAFT") && !status.equals("READ_BACK")) {
            promise.put("agreedOn", "2026-11-23");
        }
        Path file = dir.resolve(id + "-" + System.nanoTime() + ".json");
        Files.writeString(file, json.writeValueAsString(promise));
        return file;
    }

    private void imports(String device, Path... files) {
        for (Path file : files) {
            assertThat(run("--data-dir", device, "promise", "import", file.toString())).as(err.toString()).isZero();
        }
    }

    private void syncs(String device, String... server) {
        String[] args = server.length == 0 ? new String[] {"--data-dir", device, "sync", "--quiet"}
                : new String[] {"--data-dir", device, "sync", "--quiet", "--server", server[0], "--token", server[1]};
        assertThat(run(args)).as(err.toString()).isZero();
    }

    /**
     * anna: Ostwind (draft, line 6 asked for), a shared draft both her devices changed offline
     * (one conflict), a hostile read-back, two agreed and one kept. bo: a draft, one in
     * delivery, one broken, one withdrawn. cem and dana have tokens and never synced.
     */
    private void repsSync() throws IOException {
        String url = central.url();
        assertThat(run("--data-dir", dir.resolve("admin").toString(), "catalog", "publish",
                Terminal.sample(dir, "catalog.yaml").toString(), "--server", url, "--token",
                token("carl", "catalog-owner"))).as(err.toString()).isZero();
        String laptop = dir.resolve("anna-laptop").toString();
        String tablet = dir.resolve("anna-tablet").toString();
        imports(laptop, Terminal.sample(dir, "promise-ostwind.json"),
                promise(SHARED, "DRAFT", "Baltic Cold AB", "Reefer pilot"),
                promise("7d1c0a52-3b4e-4f60-9a7b-8c9d0e1f2a02", "READ_BACK", HOSTILE + "Ostwind" + "x".repeat(10_000),
                        HOSTILE + " Fleet " + "W".repeat(10_000)),
                promise("7d1c0a52-3b4e-4f60-9a7b-8c9d0e1f2a03", "AGREED", "Northwind Traders", "Depot analytics"),
                promise("7d1c0a52-3b4e-4f60-9a7b-8c9d0e1f2a04", "AGREED", "Nordlicht GmbH", "Dispatch training"),
                promise("7d1c0a52-3b4e-4f60-9a7b-8c9d0e1f2a05", "KEPT", "Hafen Bremen", "Yard telematics"));
        syncs(laptop, url, token("anna", "rep"));
        assertThat(run("--data-dir", laptop, "promise", "request-approval", OSTWIND, "--line", "6", "--today",
                "2026-11-23", "--reason", "Their season starts in March")).as(err.toString()).isZero();
        syncs(tablet, url, token("anna", "rep"));
        imports(laptop, promise(SHARED, "DRAFT", "Baltic Cold AB", "Reefer pilot, laptop"));
        imports(tablet, promise(SHARED, "DRAFT", "Baltic Cold AB", "Reefer pilot, tablet"));
        syncs(laptop);
        syncs(tablet);
        assertThat(out.toString()).contains("1 kept as a conflict");

        String bo = dir.resolve("bo").toString();
        imports(bo, promise("8e2d1b63-4c5f-4a71-8b8c-9d0e1f2a3b01", "DRAFT", "Kiel Freight", "Trailer tracking"),
                promise("8e2d1b63-4c5f-4a71-8b8c-9d0e1f2a3b02", "IN_DELIVERY", "Lübeck Logistik", "Cold-chain sensors"),
                promise("8e2d1b63-4c5f-4a71-8b8c-9d0e1f2a3b03", "BROKEN", "Rostock Reefer", "Door sensors"),
                promise("8e2d1b63-4c5f-4a71-8b8c-9d0e1f2a3b04", "WITHDRAWN", "Wismar Bulk", "Fuel reports"));
        syncs(bo, url, token("bo", "rep"));
        token("cem", "rep");
        token(LONG_REP, "rep");

        // sales-lead approves line 6 on the command line: the request still waits, for product alone.
        String lena = token("lena", "approver:sales-lead");
        assertThat(run("--data-dir", dir.resolve("lena").toString(), "requests", "list", "--server", url, "--token",
                lena, "--format", "json")).as(err.toString()).isZero();
        String request = out.toString().replaceAll("(?s).*?\"id\" : \"([^\"]+)\".*", "$1");
        assertThat(run("--data-dir", dir.resolve("lena").toString(), "requests", "decide", request, "--approve",
                "--server", url, "--token", lena)).as(err.toString()).isZero();
    }

    @Test
    void aManagerCountsWhatRepsSyncedWithoutTheirCustomersAndOtherRolesAreRefused() throws Exception {
        browser = chromium.at(central.url());
        String manager = token("maria", "manager");
        browser.signIn(manager);
        assertThat(browser.path()).as("a manager's console opens on Team").isEqualTo("/console/team");
        assertThat(browser.text()).contains("No promises and no reps yet.", "No exception request is waiting",
                "No conflict is open", "No rep has a token yet.");
        browser.screens("team-empty");

        repsSync();
        long withoutStatus = central.database.read(c -> {
            try (var select = c.prepareStatement("SELECT COUNT(*) FROM promise WHERE status IS NULL");
                 var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        assertThat(withoutStatus).as("every push stores the promise's status beside its document").isZero();
        browser.open("/console/team");
        assertThat(rows("#promises tbody tr")).containsExactly(
                "anna 2 1 2 0 5 1 0 0", "bo 1 0 0 1 2 0 1 1", "cem 0 0 0 0 0 0 0 0", LONG_REP + " 0 0 0 0 0 0 0 0");
        assertThat(rows("#promises thead tr")).containsExactly(
                "Rep Draft Read back Agreed In delivery Open Kept Broken Withdrawn");
        assertThat(rows("#promises tfoot tr")).containsExactly("All reps 3 1 2 1 7 1 1 1");
        String waiting = browser.find("#waiting").getText();
        assertThat(waiting).contains("Requests waiting (1)", "Asked just now", "anna · line 6 of promise " + OSTWIND,
                "tier 2", "Waits for product · approved by sales-lead");
        assertThat(waiting).containsPattern("(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} UTC");
        assertThat(rows("#conflicts tbody tr")).singleElement().asString().startsWith("anna 1 just now");
        List<String> devices = rows("#devices tbody tr");
        assertThat(devices).hasSize(5);
        assertThat(devices.subList(0, 3)).allSatisfy(d -> assertThat(d).matches("(anna|bo) [0-9a-f]{12} made just now just now .*"));
        assertThat(devices.get(3)).matches("cem [0-9a-f]{12} made just now never no sync for 7 days never");
        assertThat(devices.get(4)).startsWith(LONG_REP);

        // Decision 0019: no customer, title, line or reason reaches the page, hostile or not.
        String source = browser.driver().getPageSource();
        assertThat(source).doesNotContain("Ostwind", "Baltic", "Northwind", "Reefer pilot", "Depot analytics",
                "Fleet", "alert(1)", "gnp.exe", "season starts", "Telematics", "HW-BOX");
        assertThat(browser.driver().executeScript("return document.querySelectorAll('script').length")).isEqualTo(0L);
        browser.screens("team-filled");
        browser.screens("team-devices", "#devices");
        assertThat(browser.alertOpen()).isFalse();

        assertThat(get("/console/team", browser.sessionCookie()).statusCode()).as("the manager's own session").isEqualTo(200);
        for (String[] other : new String[][] {{"anna-console", "rep", "rep"}, {"pat", "approver:product", "product approver"},
                {"carl-console", "catalog-owner", "catalog owner"}}) {
            browser.signIn(token(other[0], other[1]));
            assertThat(browser.all("nav a")).extracting(WebElement::getText).doesNotContain("Team");
            HttpResponse<String> refused = get("/console/team", browser.sessionCookie());
            assertThat(refused.statusCode()).as(other[1]).isEqualTo(403);
            assertThat(refused.body()).contains("This page is not for your role (" + other[2] + ")")
                    .doesNotContain("Requests waiting");
        }
        browser.open("/console/team");
        assertThat(browser.text()).contains("Not for your role");

        browser.signIn(token("ines", "admin"));
        assertThat(browser.path()).isEqualTo("/console/team");
        assertThat(browser.find("nav a[aria-current=page]").getText()).isEqualTo("Team");
        assertThat(rows("#promises tfoot tr")).containsExactly("All reps 3 1 2 1 7 1 1 1");
    }

    /** Each row's text, its cells' words joined by single spaces. */
    private List<String> rows(String css) {
        return browser.all(css).stream().map(r -> r.findElements(By.cssSelector("th, td")).stream()
                .map(c -> c.getText().replaceAll("\\s+", " ").strip()).reduce((a, b) -> a + " " + b).orElse("")).toList();
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(central.url() + path))
                .header("Cookie", "pd_console=" + cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
