package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code server signin-link} as IT types it, and the link it prints signing in at the console. */
@Slow
class ConsoleLinkCommandTest extends CommandLineWithCentralStore {

    @Test
    void itPrintsALinkThatSignsInAndRefusesSomeoneWithoutAToken() throws Exception {
        token("lena", "approver:sales-lead");
        String store = dir.resolve("central").toString();
        assertThat(run("--data-dir", store, "server", "signin-link", "--user", "lena", "--url",
                "https://promises.example.com/")).as(err.toString()).isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines[0]).isEqualTo("One-time sign-in link for lena, valid for 15 minutes, usable once:");
        assertThat(lines[1]).matches("https://promises\\.example\\.com/console/link/[A-Za-z0-9_-]{43}");
        String secret = lines[1].substring(lines[1].lastIndexOf('/') + 1);
        HttpResponse<String> used = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(central.url() + "/console/link")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("link=" + secret)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(used.statusCode()).isEqualTo(303);

        assertThat(run("--data-dir", store, "server", "signin-link", "--user", "nobody")).isEqualTo(65);
        assertThat(err.toString()).contains("nobody has no live token");
        assertThat(run("--data-dir", dir.resolve("elsewhere").toString(), "server", "signin-link", "--user", "lena"))
                .isEqualTo(64);
        assertThat(err.toString()).contains("there is no central store in");
    }
}
