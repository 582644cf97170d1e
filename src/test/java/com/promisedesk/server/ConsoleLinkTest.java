package com.promisedesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One-time sign-in links: opening one uses nothing up; the first POST signs in, a second or a late one does not. */
@Slow
class ConsoleLinkTest {

    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private ServerDatabase database;
    private CentralServer server;
    private ConsoleSessions sessions;
    private Tokens.CreatedToken lena;

    @BeforeEach
    void start() throws Exception {
        database = ServerDatabase.sqlite(dir);
        server = CentralServer.start(database, CentralServer.Settings.loopback(0), clock);
        lena = server.tokens().create(Principal.of("lena", "approver:sales-lead"));
        sessions = new ConsoleSessions(database, clock, Duration.ofMinutes(30));
    }

    @AfterEach
    void stop() {
        server.stop();
        database.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> use(String secret) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri().resolve("/console/link"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("link=" + secret)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aLinkSignsInOnceWithinFifteenMinutes() throws Exception {
        String secret = sessions.link("lena").orElseThrow();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> opened = get("/console/link/" + secret);
            assertThat(opened.statusCode()).isEqualTo(200);
            assertThat(opened.body()).contains("Sign in with a link").contains("value=\"" + secret + "\"");
        }
        HttpResponse<String> used = use(secret);
        assertThat(used.statusCode()).as(used.body()).isEqualTo(303);
        String cookie = used.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(http.send(HttpRequest.newBuilder(server.uri().resolve("/console/approvals")).header("Cookie", cookie)
                .build(), HttpResponse.BodyHandlers.ofString()).body()).contains("lena").contains("Approvals");

        HttpResponse<String> again = use(secret);
        assertThat(again.statusCode()).isEqualTo(401);
        assertThat(again.body()).contains("That sign-in link has been used already or is older than 15 minutes");

        String late = sessions.link("lena").orElseThrow();
        clock.pass(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(use(late).statusCode()).as("16 minutes old").isEqualTo(401);

        String revoked = sessions.link("lena").orElseThrow();
        server.tokens().revoke(lena.id());
        assertThat(use(revoked).statusCode()).as("its token revoked").isEqualTo(401);
        assertThat(sessions.link("lena")).as("no live token, no link").isEmpty();
        assertThat(sessions.link("nobody")).isEmpty();
    }
}
