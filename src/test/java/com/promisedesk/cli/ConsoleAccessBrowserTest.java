package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.server.AuditTrail;
import com.promisedesk.server.Tokens;
import com.promisedesk.sync.ConnectionCode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Access page in a real Chromium against a real central store on loopback: IT (an admin
 * token made on the server's shell) makes a rep's token in the browser, the rep syncs with the
 * connection code shown once on the command line, IT revokes it and the rep's next sync is
 * refused; the audit list says who did all of it.
 */
@Slow
class ConsoleAccessBrowserTest extends CommandLineWithConsoleBrowser {

    private static final String SCRIPT = "<script>alert(1)</script>";
    /** Right-to-left override and a right-to-left mark: text that tries to turn the page's words around. */
    private static final String RTL = "\u202E\u200F";

    private ConsoleBrowser browser;

    /** IT's first token, made as the README says, and a few people already connected. */
    private String teamWithAnAdmin() {
        browser = chromium.at(central.url());
        String admin = token("ida", "admin");
        token("lena", "approver:sales-lead");
        token("carl", "catalog-owner");
        token("mia", "manager");
        token("ben", "rep");
        return admin;
    }

    @Test
    void itMakesATokenTheRepSyncsWithTheCodeAndRevokingItStopsTheNextSync() throws Exception {
        browser = chromium.at(central.url());
        browser.signIn(teamWithAnAdmin());
        assertThat(browser.path()).as("IT's console opens on Team").isEqualTo("/console/team");
        assertThat(browser.all("header nav a")).extracting(a -> a.getText()).containsExactly("Team", "Access");
        browser.find("header nav a[href='/console/access']").click();
        assertThat(browser.path()).as(browser.text()).isEqualTo("/console/access");
        assertThat(browser.all("article.person")).extracting(p -> p.getAttribute("id"))
                .containsExactly("p-ben", "p-carl", "p-ida", "p-lena", "p-mia");
        assertThat(browser.find("#p-ida").getText()).contains("admin", "Live", "You are signed in with it");
        assertThat(browser.find("#p-lena").getText()).contains("sales-lead approver", "last seen never");
        assertThat(browser.find("#p-ida").getText()).as("seen in the console").doesNotContain("last seen never");
        browser.screens("access-people");

        String address = central.url().replaceAll("/$", "");
        assertThat(browser.find("#address").getAttribute("value")).as("prefilled with the page's own address")
                .isEqualTo(address);
        browser.find("#user").sendKeys("anna");
        browser.find("#email").sendKeys("anna@");
        browser.find("#address").clear();
        browser.find("#address").sendKeys("http://10.0.0.5:8420");
        browser.submit(browser.find("#make button[type=submit]"));
        assertThat(browser.find("[role=alert]").getText()).contains("No token was made", "2 fields");
        assertThat(browser.find("#email-problem").getText())
                .isEqualTo("This must be an e-mail address such as lena@example.com (at most 320 characters).");
        assertThat(browser.find("#address-problem").getText()).startsWith("Refusing plain http:// to 10.0.0.5: the app"
                + " sends its token to another machine only over https://");
        assertThat(browser.find("#email").getAttribute("aria-describedby")).isEqualTo("email-problem");
        assertThat(browser.find("#user").getAttribute("value")).as("what was typed stays").isEqualTo("anna");
        assertThat(browser.all("#user-problem")).isEmpty();
        assertThat(central.server.tokens().list()).as("nothing made").hasSize(5);
        browser.screens("access-form-error", "#email-problem");

        browser.find("#email").clear();
        browser.find("#email").sendKeys("anna@example.com");
        browser.find("#address").clear();
        browser.find("#address").sendKeys(address);
        browser.submit(browser.find("#make button[type=submit]"));
        assertThat(browser.text()).contains("Token made for anna (rep)", "Shown only now: copy it.");
        ConnectionCode code = ConnectionCode.parse(browser.find("#code").getText());
        String token = browser.find("#token").getText();
        assertThat(code.token()).isEqualTo(token).startsWith("pd_");
        assertThat(code.address()).isEqualTo(address);
        browser.screens("access-token-made");

        browser.open("/console/access/tokens");
        assertThat(browser.path()).as("the token's page is no address").isEqualTo("/console/access");
        assertThat(browser.driver().getPageSource()).doesNotContain(token);

        String laptop = dir.resolve("anna-laptop").toString();
        assertThat(run("--data-dir", laptop, "sync", "--server", code.address(), "--token", code.token()))
                .as(err.toString()).isZero();
        Tokens.TokenRow anna = central.server.tokens().list().stream().filter(t -> t.user().equals("anna"))
                .findFirst().orElseThrow();
        assertThat(anna.email()).isEqualTo("anna@example.com");
        browser.open("/console/access");
        assertThat(browser.find("#p-anna").getText()).contains("rep", "Live", "anna@example.com")
                .doesNotContain("last sync never");

        browser.find("#t-" + anna.id() + " a.revoke").click();
        assertThat(browser.path()).isEqualTo("/console/access/tokens/" + anna.id() + "/revoke");
        assertThat(browser.text()).contains("Revoke this token?", "The rep token " + anna.id() + " of anna");
        assertThat(browser.all("#yours, #last-admin")).isEmpty();
        browser.screens("access-revoke-confirm");
        browser.submit(browser.find("button.reject"));
        assertThat(browser.find(".flash").getText()).startsWith("Revoked the token " + anna.id() + " of anna (rep).");
        assertThat(browser.find("#p-anna").getText()).contains("Revoked").doesNotContain("Revoke…");

        assertThat(run("--data-dir", laptop, "sync")).as("the next sync is refused").isEqualTo(77);
        assertThat(err.toString()).contains("the central store refused the token: it was revoked; ask for a new one");

        browser.open("/console/access/audit");
        List<String> rows = browser.all("table.audit tbody tr").stream().map(r -> r.getText()).toList();
        assertThat(rows.get(0)).contains("ida", "revoked a token", "token " + anna.id() + " of anna (rep)");
        assertThat(rows.get(1)).contains("ida", "made a token", "token " + anna.id() + " of anna (rep)");
        assertThat(rows.get(2)).contains("ida", "signed in to the console", "with a token from 127.0.0.1");
        assertThat(rows.get(3)).contains("server command line", "made a token", "of ben (rep)");
        assertThat(rows).hasSize(8);
        browser.screens("access-audit");
    }

    @Test
    void nobodyButAnAdminOpensItAFormWithoutItsCsrfChangesNothingHostileTextIsTextAndRevokingYourOwnSignsYouOut()
            throws Exception {
        String admin = teamWithAnAdmin();
        String rtlEmail = "\u202Egnp.exe@example.com"; // the override alone: WebDriver drops the invisible mark from text
        assertThat(run("--data-dir", dir.resolve("central").toString(), "server", "token", "create", "--user", "omar",
                "--role", "rep", "--email", rtlEmail)).as(err.toString()).isZero();
        for (String[] who : new String[][] {{"anna", "rep"}, {"mia-console", "manager"}}) {
            browser.signIn(token(who[0], who[1]));
            browser.open("/console/access");
            assertThat(browser.text()).contains("This page is not for your role (" + who[1] + "). Nothing was changed.");
            assertThat(get("/console/access", browser.sessionCookie()).statusCode()).isEqualTo(403);
            assertThat(get("/console/access/audit", browser.sessionCookie()).statusCode()).isEqualTo(403);
        }
        browser.screens("access-not-for-a-manager");

        browser.signIn(admin);
        browser.open("/console/access");
        String ben = liveTokenOf("ben");
        browser.find("#t-" + ben + " a.revoke").click();
        chromium.driver().executeScript("document.querySelectorAll('input[name=csrf]').forEach(e => e.remove())");
        browser.submit(browser.find("button.reject"));
        assertThat(browser.text()).contains("This form was refused", "Nothing was changed");
        assertThat(liveTokenOf("ben")).as("still live").isEqualTo(ben);

        // The page that shows a token answers a POST; sent again (a reload), it makes no second token.
        browser.open("/console/access");
        String form = "csrf=" + browser.find("#make input[name=csrf]").getAttribute("value") + "&once="
                + browser.find("#make input[name=once]").getAttribute("value") + "&user=zoe&role=manager&email=&address=";
        HttpResponse<String> made = post("/console/access/tokens", browser.sessionCookie(), form);
        assertThat(made.statusCode()).isEqualTo(200);
        assertThat(made.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(made.body()).contains("Shown only now: copy it.").doesNotContain("Connection code for the app");
        HttpResponse<String> again = post("/console/access/tokens", browser.sessionCookie(), form);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("This token was made already");
        assertThat(central.server.tokens().list()).filteredOn(t -> t.user().equals("zoe")).hasSize(1);

        browser.open("/console/access");
        assertThat(browser.find("#p-omar").getText()).contains(rtlEmail);
        setValue("#user", SCRIPT + RTL + "x".repeat(10_000));
        browser.find("#role option[value=approver]").click();
        setValue("#approverRole", "<b>bold?</b>");
        setValue("#email", "<img src=x onerror=alert(2)>");
        browser.submit(browser.find("#make button[type=submit]"));
        assertThat(browser.find("#user-problem").getText()).startsWith("The user name must be").contains(SCRIPT);
        assertThat(browser.find("#approverRole-problem").getText()).contains("<b>bold?</b>");
        assertThat(browser.find("#email").getAttribute("value")).isEqualTo("<img src=x onerror=alert(2)>");
        assertThat(browser.find("#role option[selected]").getAttribute("value")).isEqualTo("approver");
        assertNothingInjected();
        browser.screens("access-hostile-form", "#user-problem");

        new AuditTrail(central.database, Clock.systemUTC()).record(new AuditTrail.Entry("lena", AuditTrail.DECISION,
                "0e7a5f13-2c64-4b8e-a1d9-7f3e6c2b9a02", "sales-lead: rejected · " + SCRIPT + RTL + " <b>no</b> "
                        + "y".repeat(1_900)));
        browser.open("/console/access/audit");
        String newest = browser.find("table.audit tbody tr").getText();
        assertThat(newest).contains("lena", "decided on an exception request", "request 0e7a5f13",
                "sales-lead: rejected · " + SCRIPT, "<b>no</b>");
        assertNothingInjected();
        browser.screens("access-audit-hostile");

        String ida = liveTokenOf("ida");
        browser.open("/console/access/tokens/" + ida + "/revoke");
        assertThat(browser.find("#yours").getText()).contains("revoking it signs you out");
        assertThat(browser.find("#last-admin").getText()).contains("server token create --user NAME --role admin");
        browser.screens("access-revoke-own");
        browser.submit(browser.find("button.reject"));
        assertThat(browser.text()).contains("You revoked your own token", "you are signed out");
        browser.open("/console/access");
        assertThat(browser.path()).startsWith("/console/sign-in");
        assertThat(run("--data-dir", dir.resolve("central").toString(), "server", "token", "list")).isZero();
        assertThat(out.toString()).contains(ida);
    }

    private String liveTokenOf(String user) throws java.sql.SQLException {
        return central.server.tokens().list().stream().filter(t -> t.user().equals(user) && t.revokedAt() == null)
                .findFirst().orElseThrow().id();
    }

    private void setValue(String css, String value) {
        chromium.driver().executeScript("arguments[0].value = arguments[1]", browser.find(css), value);
    }

    private void assertNothingInjected() {
        assertThat(browser.alertOpen()).isFalse();
        assertThat(chromium.driver().executeScript("return document.querySelectorAll('main script, main img, main b').length"))
                .as("no element came from the text").isEqualTo(0L);
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(central.url() + path))
                .header("Cookie", "pd_console=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, String form) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(central.url() + path))
                .header("Cookie", "pd_console=" + cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
