package com.promisedesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.promisedesk.Slow;
import com.promisedesk.sync.wire.NewRequest;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A mail server that is down never slows a rep's push: one that takes the connection and
 * then says nothing (the courier waits its 2 s timeout, on its own thread) and a port where
 * nothing listens. The failure is recorded in plain words, and the notices stay in the
 * outbox: after a restart with a working mail server, every one of them goes out.
 */
@Slow
class MailFailureTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    private MailDesk desk;

    private final ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log =
            new ch.qos.logback.core.read.ListAppender<>();
    private final ch.qos.logback.classic.Logger courierLog =
            (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(MailCourier.class);

    @BeforeEach
    void open() throws Exception {
        desk = new MailDesk(dir).people();
        log.start();
        courierLog.addAppender(log);
    }

    @AfterEach
    void close() {
        desk.close();
        courierLog.detachAppender(log);
    }

    /** What the courier logged at WARN, as whoever runs the server reads it. */
    private List<String> warnings() {
        synchronized (log) {
            return log.list.stream().filter(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
                    .map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy()))
                    .toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"silent", "closed"})
    void aDeadMailServerDoesNotSlowAPushAndNothingIsLost(String server) throws Exception {
        // A listening socket nobody accepts from: the system completes the connection, and no greeting ever comes.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = silent.getLocalPort();
            if (server.equals("closed")) {
                silent.close();
            }
            desk.start(MailDesk.mailTo(port));
            UUID promise = desk.promise("Northwind Traders", "Fleet analytics rollout");

            long first = millisToPush(MailDesk.request(promise, List.of("sales-lead", "product"), "Freeze",
                    MailDesk.MONDAY_NINE));
            // The courier is now busy with the dead server (waiting up to 2 s): the next push does not wait for it either.
            long second = millisToPush(MailDesk.request(promise, List.of("sales-lead"), "Again", MailDesk.MONDAY_NINE));
            assertThat(first).as("ms for the first push").isLessThan(1_000);
            assertThat(second).as("ms for the second push").isLessThan(1_000);

            String failure = waitForFailure();
            assertThat(failure).isEqualTo(server.equals("silent")
                    ? "the mail server 127.0.0.1:" + port + " did not answer within 2 s"
                    : "could not connect to the mail server 127.0.0.1:" + port + " (nothing listens there, or a firewall"
                    + " refuses)");
            assertThat(desk.count("SELECT count(*) FROM mail_outbox WHERE outcome IS NULL")).as("still to send").isEqualTo(3);
            // Logged plainly: who, what, why, when it is tried again; no class names, no stack trace.
            assertThat(warnings()).first().asString().matches("E-mail notice \\(request [0-9a-f-]{36} waiting for"
                    + " (sales-lead|product)\\) to (lena|pat)@example.com not sent \\(attempt 1 of 10\\): "
                    + java.util.regex.Pattern.quote(failure) + "; next try at 2026-11-23T09:00:00.100Z");
            desk.stop();
        }

        // Restarted with a mail server that works: the three notices go out once each, after their wait.
        desk.start(MailDesk.mailTo(SMTP.getSmtp().getPort()));
        desk.clock.pass(Duration.ofMinutes(5));
        desk.courierRound();
        assertThat(SMTP.waitForIncomingEmail(10_000, 3)).isTrue();
        desk.courierRound();
        assertThat(SMTP.getReceivedMessages()).extracting(MailNoticeTest::to)
                .containsExactlyInAnyOrder("lena@example.com", "pat@example.com", "lena@example.com");
        assertThat(desk.count("SELECT count(*) FROM mail_outbox WHERE outcome = 'sent'")).isEqualTo(3);
    }

    private long millisToPush(NewRequest request) throws Exception {
        long start = System.nanoTime();
        desk.push(request);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The first failure the courier recorded (it tries in the background; at most 10 s). */
    private String waitForFailure() throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            String failure = desk.text("SELECT last_failure FROM mail_outbox WHERE last_failure IS NOT NULL");
            if (failure != null) {
                return failure;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the courier recorded no failure within 10 s");
    }
}
