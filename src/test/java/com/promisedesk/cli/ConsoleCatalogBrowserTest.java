package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The catalog owner's page in a real Chromium against a real central store on loopback: a
 * broken catalog is shown with its line and field as {@code catalog validate} prints it, a good
 * one is previewed (what changes, how many lines of open promises are judged differently) and
 * published, and a rep's {@code sync} brings it. The sample catalog and the Ostwind promise are
 * moved eleven years on (2037 has 2026's calendar), so no line has passed on the day this runs.
 */
@Slow
class ConsoleCatalogBrowserTest extends CommandLineWithConsoleBrowser {

    private ConsoleBrowser browser;
    private String laptop;

    /** 2026.11.2 published by carl on the command line, and anna's Ostwind promise synced. */
    private Path publishedAndSynced() throws IOException {
        browser = chromium.at(central.url());
        Path catalog = later(Terminal.sample(dir, "catalog.yaml"));
        assertThat(run("--data-dir", dir.resolve("carl").toString(), "catalog", "publish", catalog.toString(),
                "--server", central.url(), "--token", token("carl", "catalog-owner"))).as(err.toString()).isZero();
        laptop = dir.resolve("laptop").toString();
        assertThat(run("--data-dir", laptop, "promise", "import", later(Terminal.sample(dir, "promise-ostwind.json"))
                .toString())).as(err.toString()).isZero();
        assertThat(run("--data-dir", laptop, "sync", "--server", central.url(), "--token", token("anna", "rep")))
                .as(err.toString()).isZero();
        return catalog;
    }

    /** {@code file} with its dates eleven years later. */
    private static Path later(Path file) throws IOException {
        Path moved = file.resolveSibling("2037-" + file.getFileName());
        Files.writeString(moved, Files.readString(file).replace("2026-", "2037-").replace("2027-", "2038-"));
        return moved;
    }

    /**
     * Version 2037.12.1: up to 500 boxes G3 per line are standard (were 250), SAP integration is
     * retired. Ostwind's line 6 (450 boxes, tier 2) becomes standard, its line 7 (SAP integration,
     * tier 1) not deliverable.
     */
    static String next(String published) {
        return published.replace("version: \"2026.11.2\"", "version: \"2037.12.1\"")
                .replace("maxQuantity: { standard: 250, stretch: [ { tier: 2, max: 500 }, { tier: 4, max: 1500 } ] }",
                        "maxQuantity: { standard: 500, stretch: [ { tier: 4, max: 1500 } ] }")
                .replace("    owner: Integrations Team\n    status: available\n    leadTime: { standard: 30,",
                        "    owner: Integrations Team\n    status: retired\n    leadTime: { standard: 30,");
    }

    private void upload(Path file) {
        browser.find("#catalog-file").sendKeys(file.toAbsolutePath().toString());
        browser.submit(browser.find("form[action='/console/catalog/upload'] button[type=submit]"));
    }

    @Test
    void theOwnerUploadsABrokenCatalogThenAGoodOneSeesThePreviewPublishesAndTheRepsSyncBringsIt() throws Exception {
        Path published = publishedAndSynced();
        browser.signIn(token("cleo", "catalog-owner"));
        assertThat(browser.path()).as(browser.text()).isEqualTo("/console/catalog");
        assertThat(browser.all("table.versions tbody tr")).extracting(WebElement::getText).singleElement()
                .asString().contains("2026.11.2", "by carl", "Download 2037-catalog.yaml");

        Path broken = dir.resolve("catalog-broken.yaml");
        Files.writeString(broken, next(Files.readString(published)).replace("leadTime: { standard: 15, stretch",
                "leadTime: { standard: -2, stretch"));
        assertThat(run("--data-dir", dir.resolve("carl").toString(), "catalog", "validate", broken.toString())).isEqualTo(65);
        String validate = err.toString().strip().replaceFirst("^error: ", "").replace(broken.toString(), "catalog-broken.yaml");
        upload(broken);
        assertThat(browser.find("#upload-problem .said").getText()).as("as catalog validate says it").isEqualTo(validate);
        String line = validate.split(":")[1];
        assertThat(browser.find("#upload-problem .problem-line").getText()).startsWith("line " + line + ", column");
        assertThat(browser.find("#upload-problem .problem-field").getText()).matches("capabilities\\[\\d+]\\.leadTime\\.standard");
        assertThat(uploadsKept()).as("nothing kept").isZero();
        browser.screens("catalog-upload-error", "#upload-problem");

        Path good = dir.resolve("catalog-2037.12.1.yaml");
        Files.writeString(good, next(Files.readString(published)));
        upload(good);
        assertThat(browser.path()).startsWith("/console/catalog/uploads/");
        assertThat(browser.find("#verdicts").getText()).contains("1 line would become Standard, 1 Not deliverable",
                "in 1 of 1 open promise (10 lines) on the central store").doesNotContain("Ostwind", "anna");
        assertThat(browser.find("#changed").getText()).isEqualTo("HW-BOX-G3 Telematics box G3: limit 250 → 500 per line");
        assertThat(browser.find("#retired").getText()).isEqualTo("INT-ERP-SAP SAP integration: status retired");
        assertThat(browser.all("#added")).isEmpty();
        browser.screens("catalog-preview");
        browser.submit(browser.find("form[action$='/publish'] button"));

        assertThat(browser.path()).isEqualTo("/console/catalog?published=2037.12.1");
        int capabilities = capabilitiesOf(good);
        assertThat(browser.find(".flash").getText()).isEqualTo("Published catalog 2037.12.1 (" + capabilities
                + " capabilities); reps get it at their next sync");
        List<WebElement> rows = browser.all("table.versions tbody tr");
        assertThat(rows).extracting(WebElement::getText).as("newest first").hasSize(2);
        assertThat(rows.get(0).getText()).contains("2037.12.1", "by cleo", "catalog-2037.12.1.yaml");
        assertThat(rows.get(1).getText()).contains("2026.11.2", "by carl");
        browser.screens("catalog-versions", "#versions");
        assertThat(publishes()).as("recorded by CatalogService, as catalog publish is")
                .containsExactly("carl 2026.11.2", "cleo 2037.12.1");

        HttpResponse<byte[]> download = get(rows.get(0).findElement(By.tagName("a")).getAttribute("href"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).as("the exact text published").isEqualTo(Files.readAllBytes(good));
        assertThat(download.headers().firstValue("Content-Type")).contains("application/yaml; charset=utf-8");
        assertThat(download.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"catalog-2037.12.1.yaml\"; filename*=UTF-8''catalog-2037.12.1.yaml");

        assertThat(run("--data-dir", laptop, "sync", "--quiet")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("new catalog 2037.12.1");

        // The same version with other text: CatalogService refuses it, and the page says so plainly.
        Files.writeString(good, next(Files.readString(published)).replace("Telematics box G3", "Telematics box G3+"));
        upload(good);
        browser.submit(browser.find("form[action$='/publish'] button"));
        assertThat(browser.find("#publish-problem").getText()).isEqualTo("Not published: catalog version 2037.12.1 is"
                + " already published with different content; publish the change under a new version.");
        assertThat(browser.all("table.versions")).as("still on the preview").isEmpty();
        assertThat(run("--data-dir", laptop, "sync", "--quiet")).isZero();
        assertThat(out.toString()).doesNotContain("new catalog");
    }

    private int capabilitiesOf(Path catalog) {
        assertThat(run("--data-dir", dir.resolve("carl").toString(), "catalog", "validate", catalog.toString())).as(err.toString()).isZero();
        return Integer.parseInt(out.toString().replaceAll("(?s).*\\((\\d+) capabilities.*", "$1"));
    }

    private HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "pd_console=" + browser.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Who published which version, as the audit list has it, oldest first. */
    private List<String> publishes() throws SQLException {
        return central.database.read(connection -> {
            List<String> found = new java.util.ArrayList<>();
            try (var rows = connection.createStatement().executeQuery(
                    "SELECT actor, subject FROM audit_event WHERE action = 'publish' ORDER BY at")) {
                while (rows.next()) {
                    found.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
            return found;
        });
    }

    /** Pending uploads the central store keeps, of anyone. */
    private int uploadsKept() throws SQLException {
        return central.database.read(connection -> {
            try (var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM catalog_upload")) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** A multipart form as a browser sends it: the csrf field and the file. */
    static HttpRequest.BodyPublisher multipart(String boundary, String csrf, String fileName, byte[] file) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/yaml\r\n\r\n";
        return HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                HttpRequest.BodyPublishers.ofByteArray(file),
                HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n", StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postUpload(String fileName, byte[] file) throws IOException, InterruptedException {
        return postUpload(fileName, file, browser.find("form.sign-out input[name=csrf]").getAttribute("value"));
    }

    private HttpResponse<String> postUpload(String fileName, byte[] file, String csrf)
            throws IOException, InterruptedException {
        String boundary = "----promisedesk" + System.nanoTime();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(central.url() + "/console/catalog/upload"))
                .header("Cookie", "pd_console=" + browser.sessionCookie())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(multipart(boundary, csrf, fileName, file)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anotherRoleIsRefusedThePageAndTheUploadAndAFileOverTheLimitIsRefusedUnread() throws Exception {
        browser = chromium.at(central.url());
        browser.signIn(token("cleo", "catalog-owner"));
        assertThat(browser.text()).contains("No catalog is published yet.");
        upload(Terminal.sample(dir, "catalog.yaml"));
        assertThat(browser.find("main").getText()).as("the first catalog: nothing to compare with")
                .contains("Nothing to compare with: this is the first catalog.").doesNotContain("judged differently");
        browser.submit(browser.find("form[action$='/discard'] button"));
        assertThat(browser.path()).isEqualTo("/console/catalog");
        assertThat(uploadsKept()).as("discarded").isZero();

        Path published = publishedAndSynced();
        byte[] good = next(Files.readString(published)).getBytes(StandardCharsets.UTF_8);
        browser.signIn(token("lena", "approver:sales-lead"));
        assertThat(browser.all("nav a")).extracting(WebElement::getText).doesNotContain("Catalog");
        browser.open("/console/catalog");
        assertThat(browser.text()).contains("This page is not for your role (sales-lead approver). Nothing was changed.");
        assertThat(get(central.url() + "/console/catalog").statusCode()).isEqualTo(403);
        HttpResponse<String> refused = postUpload("catalog.yaml", good);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Not for your role");
        assertThat(uploadsKept()).as("nothing stored").isZero();

        browser.signIn(token("cleo", "catalog-owner"));
        byte[] huge = new byte[17 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) '#');
        HttpResponse<String> tooLarge = postUpload("catalog.yaml", huge);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("The file is 17.0 MB; a catalog file may be at most 16 MB. Nothing was stored.");
        assertThat(uploadsKept()).as("nothing stored").isZero();
        HttpResponse<String> forged = postUpload("catalog.yaml", good, "not-this-session's");
        assertThat(forged.statusCode()).as("an upload without the session's CSRF token").isEqualTo(403);
        assertThat(forged.body()).contains("This form was refused");
        assertThat(uploadsKept()).as("nothing stored").isZero();
        HttpResponse<String> fine = postUpload("catalog.yaml", good);
        assertThat(fine.statusCode()).as("the same form with a good file is taken").isEqualTo(303);
        assertThat(uploadsKept()).isEqualTo(1);
    }

    private static final String SCRIPT = "<script>alert(1)</script>";
    /** Right-to-left override and a right-to-left mark: text that tries to turn the page's words around. */
    private static final String RTL = "\u202Egnp.exe\u202C \u200F";

    @Test
    void hostileTextInACatalogRendersAsTextInTheErrorThePreviewAndTheListAndKeepsThePageWithinTheScreen()
            throws Exception {
        Path published = publishedAndSynced();
        String name = SCRIPT + RTL + " Trailer <b>tracking</b>";
        String summary = "<img src=x onerror=alert(2)> " + "y".repeat(10_000);
        String hostile = next(Files.readString(published)).replace("version: \"2037.12.1\"", "version: \"2037.12.1 <i>"
                + RTL + "\"").replace("capabilities:\n", "capabilities:\n  - code: FLEET-TRAILER\n    name: \"" + name
                + "\"\n    category: product\n    summary: \"" + summary + "\"\n    owner: Product Management\n"
                + "    status: available\n    leadTime: { standard: 5 }\n\n");
        browser.signIn(token("cleo", "catalog-owner"));

        Path broken = dir.resolve("catalog-hostile-broken.yaml");
        Files.writeString(broken, hostile.replace("    status: available\n    leadTime: { standard: 5 }",
                "    status: \"" + SCRIPT + RTL + "\"\n    leadTime: { standard: 5 }"));
        upload(broken);
        assertThat(browser.find("#upload-problem .said").getText()).contains(SCRIPT);
        assertNothingInjected();
        browser.screens("catalog-hostile-error", "#upload-problem");

        Path good = dir.resolve("catalog-hostile.yaml");
        Files.writeString(good, hostile);
        upload(good);
        assertThat(browser.path()).as(browser.text()).startsWith("/console/catalog/uploads/");
        assertThat(browser.find("#added li").getText()).startsWith("FLEET-TRAILER " + SCRIPT)
                .contains("Trailer <b>tracking</b>", "<img src=x onerror=alert(2)> yyyy");
        assertThat(browser.find("#added .summary").getText()).as("its start").startsWith("<img src=x onerror=alert(2)> yyy")
                .endsWith("… (10,029 characters)");
        assertNothingInjected();
        browser.screens("catalog-hostile-preview", "#added");
        browser.submit(browser.find("form[action$='/publish'] button"));
        assertThat(browser.find(".flash").getText()).startsWith("Published catalog 2037.12.1 <i>");
        assertThat(browser.find("table.versions tbody tr th").getText()).startsWith("2037.12.1 <i>");
        assertNothingInjected();
        browser.screens("catalog-hostile-list", "#versions");
        HttpResponse<byte[]> download = get(browser.find("table.versions tbody tr a").getAttribute("href"));
        assertThat(download.body()).isEqualTo(Files.readAllBytes(good));
    }

    private void assertNothingInjected() {
        assertThat(browser.alertOpen()).isFalse();
        assertThat(chromium.driver().executeScript("return document.querySelectorAll('script, img, b, i').length"))
                .as("no element came from the text").isEqualTo(0L);
    }
}
