package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.sync.ConnectionCheck.Outcome;
import com.promisedesk.sync.ConnectionCheck.Result;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each thing that can be wrong with a connection gets its own outcome and sentence, against real servers on loopback. */
@Slow
class ConnectionCheckTest {

    @TempDir
    Path dir;

    private CentralStoreFixture central;
    private final ConnectionCheck check = new ConnectionCheck(Duration.ofSeconds(2));

    @BeforeEach
    void start() {
        central = new CentralStoreFixture(new SqliteBackend(), dir);
    }

    @AfterEach
    void stop() {
        central.stop();
    }

    @Test
    void aRepsCodeConnectsAndSaysWhoAndWhere() throws Exception {
        String token = central.token("anna", "rep");
        Result result = check.code(new ConnectionCode(central.url(), token).text());
        assertThat(result.outcome()).isEqualTo(Outcome.CONNECTED);
        assertThat(result.message()).isEqualTo("Connected to " + central.url() + " as anna (rep).");
        assertThat(result.connection()).get().satisfies(c -> {
            assertThat(c.token()).isEqualTo(token);
            assertThat(c.address().toString()).isEqualTo(central.url());
        });
    }

    @Test
    void aRevokedCodeIsToldApartFromAnUnknownOne() throws Exception {
        String token = central.token("anna", "rep");
        assertThat(central.tokens().revoke(central.tokens().list().get(0).id())).isTrue();
        assertThat(check.code(new ConnectionCode(central.url(), token).text()))
                .extracting(Result::outcome, Result::message)
                .containsExactly(Outcome.REVOKED, "That code was revoked — ask IT for a new one");
        assertThat(check.addressAndToken(central.url(), token).message())
                .isEqualTo("That token was revoked — ask IT for a new one");
        Result unknown = check.code(new ConnectionCode(central.url(), "pd_" + "A".repeat(43)).text());
        assertThat(unknown.outcome()).isEqualTo(Outcome.UNKNOWN_TOKEN);
        assertThat(unknown.message()).isEqualTo(
                "The central store does not know that code. Copy it again, whole, or ask IT for a new one.");
        assertThat(unknown.connection()).isEmpty();
    }

    @Test
    void aTokenThatIsNotARepsSaysWhoseItIs() throws Exception {
        String token = central.token("lena", "approver:sales-lead");
        Result result = check.code(new ConnectionCode(central.url(), token).text());
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_A_REP);
        assertThat(result.message())
                .isEqualTo("That code is for approver:sales-lead, not for a rep's app — ask IT for a rep's code");
        assertThat(result.connection()).isEmpty();
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedBeforeAnythingIsSent() {
        Result result = check.addressAndToken("http://promises.example.com", "pd_x");
        assertThat(result.outcome()).isEqualTo(Outcome.PLAIN_HTTP);
        assertThat(result.message()).isEqualTo("Refusing plain http:// to promises.example.com: the token would"
                + " travel in clear. Use the https:// address (ask IT for it).");
    }

    @Test
    void aPortNothingListensOnAndAPathThatIsNotTheStore() throws Exception {
        int free;
        try (ServerSocket socket = new ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        assertThat(check.addressAndToken("http://127.0.0.1:" + free, "pd_x").message()).isEqualTo("Cannot reach"
                + " 127.0.0.1: nothing answers at 127.0.0.1:" + free + ". Check the address, or ask IT whether the"
                + " central store is running.");
        String token = central.token("anna", "rep");
        Result wrongPath = check.addressAndToken(central.url() + "/promisedesk", token);
        assertThat(wrongPath.outcome()).isEqualTo(Outcome.NOT_A_STORE);
        assertThat(wrongPath.message()).isEqualTo("There is no PromiseDesk central store at " + central.url()
                + "/promisedesk. Check the address with IT (for example https://promises.example.com, without a path).");
    }

    @Test
    void aWebServerThatIsNotACentralStore() throws Exception {
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/", exchange -> {
            byte[] page = "<html><body>Intranet</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        web.start();
        try {
            assertThat(check.addressAndToken("http://127.0.0.1:" + web.getAddress().getPort(), "pd_x").outcome())
                    .isEqualTo(Outcome.NOT_A_STORE);
        } finally {
            web.stop(0);
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Result result = check.addressAndToken("http://127.0.0.1:" + silent.getLocalPort(), "pd_x");
            assertThat(result.outcome()).isEqualTo(Outcome.UNREACHABLE);
            assertThat(result.message()).isEqualTo("Cannot reach 127.0.0.1: no answer within 2 seconds. Check that"
                    + " you are online (or on the company's VPN), then try again.");
        }
    }

    @Test
    void aCertificateThisComputerDoesNotTrust() throws Exception {
        try (UntrustedTls proxy = new UntrustedTls(dir)) {
            Result result = check.addressAndToken(proxy.url(), "pd_x");
            assertThat(result.outcome()).isEqualTo(Outcome.UNTRUSTED);
            assertThat(result.message()).isEqualTo("This computer does not trust the certificate of 127.0.0.1, so"
                    + " nothing was sent. Ask IT to check the certificate of that address.");
        }
    }

    @Test
    void aCodeCutShortOrNothingAtAll() {
        assertThat(check.code("  ").outcome()).isEqualTo(Outcome.MISSING);
        Result cut = check.code("pdc1.aHR0cHM6Ly9wcm9taXNlcy5leGFtcGxlLmNvbQ.pd_abc");
        assertThat(cut.outcome()).isEqualTo(Outcome.NOT_A_CODE);
        assertThat(cut.message()).isEqualTo("That connection code is incomplete or mistyped: copy it again, whole"
                + " (it is one line that starts with \"pdc1.\").");
        assertThat(check.addressAndToken("https://promises.example.com", "").message())
                .isEqualTo("Give the token IT sent you (it starts with pd_).");
    }
}
