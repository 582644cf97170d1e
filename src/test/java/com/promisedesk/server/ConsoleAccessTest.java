package com.promisedesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.server.console.ConsoleSettings;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Access page over plain HTTP: the address a rep's connection code carries is prefilled
 * from the request, from a TLS proxy's X-Forwarded-Proto and X-Forwarded-Host only when the
 * server was told it stands behind one; and the audit list pages back, newest first.
 */
@Slow
class ConsoleAccessTest {

    private static final Pattern ADDRESS = Pattern.compile("id=\"address\"[^>]*value=\"([^\"]*)\"");

    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private ServerDatabase database;
    private CentralServer server;

    private String signedIn(boolean behindProxy) throws Exception {
        database = ServerDatabase.sqlite(dir);
        server = CentralServer.start(database, new CentralServer.Settings("127.0.0.1", 0, 1024 * 1024,
                Duration.ofSeconds(10), new ConsoleSettings(Duration.ofMinutes(30), behindProxy)), clock);
        String token = server.tokens().create(Principal.of("ida", "admin")).token();
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(server.uri().resolve("/console/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(303);
        return signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
            database.close();
        }
    }

    private String page(String path, String cookie, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path)).header("Cookie", cookie);
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String prefilled(String page) {
        Matcher address = ADDRESS.matcher(page);
        assertThat(address.find()).as("the address field").isTrue();
        return address.group(1);
    }

    @Test
    void behindADeclaredProxyTheAddressIsTheOneTheBrowserUsed() throws Exception {
        String cookie = signedIn(true);
        assertThat(prefilled(page("/console/access", cookie, "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "promises.example.com"))).isEqualTo("https://promises.example.com");
        assertThat(prefilled(page("/console/access", cookie, "X-Forwarded-Proto", "https, http",
                "X-Forwarded-Host", "promises.example.com:8443, 10.0.0.5"))).isEqualTo("https://promises.example.com:8443");
        assertThat(prefilled(page("/console/access", cookie, "X-Forwarded-Host", "\"><b>x</b>")))
                .as("a host that is no host is not offered").isEmpty();
    }

    @Test
    void withoutTheFlagTheForwardedHeadersAreIgnored() throws Exception {
        String cookie = signedIn(false);
        assertThat(prefilled(page("/console/access", cookie, "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "evil.example.com"))).isEqualTo("http://127.0.0.1:" + server.uri().getPort());
    }

    @Test
    void theAuditListPagesBackNewestFirst() throws Exception {
        String cookie = signedIn(false);
        AuditTrail audit = new AuditTrail(database, clock);
        for (int i = 1; i <= 60; i++) {
            clock.pass(Duration.ofSeconds(1));
            audit.record(new AuditTrail.Entry("carl", AuditTrail.PUBLISH, "2026.11." + i, "catalog.yaml, 12 capabilities"));
        }
        String first = page("/console/access/audit", cookie);
        assertThat(first).contains("catalog version 2026.11.60", "catalog version 2026.11.11", "published a catalog")
                .doesNotContain("catalog version 2026.11.10<").contains("?page=2\">Older");
        assertThat(first.indexOf("2026.11.60")).isLessThan(first.indexOf("2026.11.59"));
        String second = page("/console/access/audit?page=2", cookie);
        assertThat(second).contains("catalog version 2026.11.10", "catalog version 2026.11.1<", "made a token",
                "signed in to the console", "?page=1\">Newer").doesNotContain("Older").doesNotContain("2026.11.11<");
    }
}
