package com.promisedesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.server.console.ConsoleSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's sign-in over plain HTTP, as a browser (or a guesser) sends it: the cookie's
 * flags, Secure only behind a proxy the server was told about, failed sign-ins slowed down,
 * forms without the session's CSRF token refused, and the API's bearer tokens untouched.
 */
@Slow
class ConsoleSignInTest {

    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private ServerDatabase database;
    private CentralServer server;

    private String start(boolean behindProxy) throws Exception {
        database = ServerDatabase.sqlite(dir);
        server = CentralServer.start(database, new CentralServer.Settings("127.0.0.1", 0, 1024 * 1024,
                Duration.ofSeconds(10), new ConsoleSettings(Duration.ofMinutes(30), behindProxy)), clock);
        return server.tokens().create(Principal.of("lena", "approver:sales-lead")).token();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
            database.close();
        }
    }

    private HttpResponse<String> signIn(String token, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve("/console/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String path, String cookie, String form) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path)).header("Cookie", cookie);
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookieOf(HttpResponse<String> response) {
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    @Test
    void aSessionCookieIsHttpOnlyStrictAndForTheConsoleOnly() throws Exception {
        String token = start(false);
        HttpResponse<String> signedIn = signIn(token, "X-Forwarded-Proto", "https");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).contains("/console");
        assertThat(signedIn.headers().firstValue("Set-Cookie").orElseThrow())
                .matches("pd_console=[A-Za-z0-9_-]{43}; Path=/console; HttpOnly; SameSite=Strict")
                .as("a proxy header from anyone is not believed").doesNotContain("Secure");

        String cookie = cookieOf(signedIn);
        HttpResponse<String> page = send("/console/approvals", cookie, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        assertThat(page.body()).contains("Nothing waits for your role");

        assertThat(send("/v1/me", cookie, null).statusCode()).as("a console cookie opens no API").isEqualTo(401);
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(server.uri().resolve("/v1/me"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"user\":\"lena\"");
    }

    @Test
    void behindATlsProxyTheCookieIsSecure() throws Exception {
        String token = start(true);
        assertThat(signIn(token, "X-Forwarded-Proto", "https").headers().firstValue("Set-Cookie").orElseThrow())
                .endsWith("; Secure");
        assertThat(signIn(token).headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("Secure");
    }

    @Test
    void afterThreeFailedSignInsTheNextMustWaitEvenWithTheRightToken() throws Exception {
        String token = start(false);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> failed = signIn("pd_guess" + i);
            assertThat(failed.statusCode()).isEqualTo(401);
            assertThat(failed.body()).contains("That token is not known or has been revoked");
            assertThat(failed.headers().firstValue("Set-Cookie")).isEmpty();
        }
        HttpResponse<String> slowed = signIn(token);
        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After")).contains("1");
        assertThat(slowed.body()).contains("Too many sign-ins failed from here. Try again in 1 second.");
        clock.pass(Duration.ofSeconds(1));
        assertThat(signIn(token).statusCode()).isEqualTo(303);
    }

    @Test
    void pagesWithoutASessionGoToSignInAndFormsWithoutTheCsrfTokenAreRefused() throws Exception {
        String token = start(false);
        HttpResponse<String> anonymous = send("/console/approvals", "pd_console=made-up", null);
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("Location")).contains("/console/sign-in");

        String cookie = cookieOf(signIn(token));
        String form = "decision=APPROVED&note=ok";
        String id = "/console/approvals/3f2b8c1e-0000-4000-8000-000000000001";
        for (String csrf : new String[] {"", "&csrf=", "&csrf=forged"}) {
            HttpResponse<String> refused = send(id, cookie, form + csrf);
            assertThat(refused.statusCode()).as(csrf).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(refused.body()).contains("This form was refused").doesNotContain("Exception");
        }
        assertThat(send("/console/sign-out", cookie, "").statusCode()).as("sign-out is a form too").isEqualTo(403);
        assertThat(send("/console/approvals", cookie, null).statusCode()).as("so the session lives on").isEqualTo(200);
    }
}
