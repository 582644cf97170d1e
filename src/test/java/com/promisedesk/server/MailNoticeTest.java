package com.promisedesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.promisedesk.Slow;
import com.promisedesk.sync.wire.NewRequest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * E-mail notices against a real SMTP server on loopback (GreenMail) and a central store on a
 * real SQLite file, the rep pushing over HTTP as the app does: each approver role of a waiting
 * request gets exactly one notice (one per person, however many tokens), never again for the
 * same request and role (a retried push, a restart); every rep with an address gets one
 * "catalog updated" note; with mail not configured nothing is sent or even queued.
 */
@Slow
class MailNoticeTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    private MailDesk desk;

    @BeforeEach
    void open() throws Exception {
        desk = new MailDesk(dir).people();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void eachApproverRoleGetsOneNoticePerWaitingRequestAndEveryRepOneCatalogNote() throws Exception {
        desk.start(MailDesk.mailTo(SMTP.getSmtp().getPort()));
        desk.publishSampleCatalog();
        UUID promise = desk.promise("Northwind Traders", "Fleet analytics rollout");
        NewRequest onboarding = MailDesk.request(promise, List.of("sales-lead", "product"), "Go-live before the freeze",
                MailDesk.MONDAY_NINE);
        desk.push(onboarding);

        assertThat(SMTP.waitForIncomingEmail(10_000, 4)).isTrue();
        desk.courierRound();
        MimeMessage[] first = SMTP.getReceivedMessages();
        // Lena has two tokens (one address in another case): one mail. Eve's role is not asked; Olaf's token is revoked;
        // Rosa has no address.
        assertThat(first).extracting(MailNoticeTest::to).containsExactlyInAnyOrder(
                "anna@example.com", "bert@example.com", "lena@example.com", "pat@example.com");

        MimeMessage lena = to(first, "lena@example.com");
        assertThat(lena.getSubject()).isEqualTo("Approval needed (sales-lead): Northwind Traders, Fleet analytics rollout");
        assertThat(lena.getContentType()).startsWith("text/plain");
        assertThat(body(lena)).contains(
                "anna asks sales-lead to approve a line of a promise.",
                "Customer: Northwind Traders\nPromise: Fleet analytics rollout\nLine 1: 1 × Standard onboarding (ONB-STD) on ",
                "Deviation: lead time 8 business days instead of 15",
                "Rep's reason: Go-live before the freeze",
                "Tier 2, waiting for: sales-lead, product",
                "https://promises.example.com/console/approvals");
        assertThat(to(first, "pat@example.com").getSubject()).startsWith("Approval needed (product): Northwind Traders");
        MimeMessage catalog = to(first, "bert@example.com");
        assertThat(catalog.getSubject()).isEqualTo("Catalog updated: 2026.11.2");
        assertThat(body(catalog)).contains("carl published catalog 2026.11.2 (62 capabilities).");
        assertThat(catalog.getFrom()).extracting(Address::toString).containsExactly("PromiseDesk <desk@example.com>");

        // The same request again (a retry after a lost answer), then a restart of the server: nothing more.
        desk.push(onboarding);
        desk.courierRound();
        desk.stop();
        desk.start(MailDesk.mailTo(SMTP.getSmtp().getPort()));
        desk.courierRound();
        assertThat(SMTP.getReceivedMessages()).hasSize(4);

        // A tier-1 request waits for sales-lead alone: one more, to Lena.
        desk.push(MailDesk.request(promise, List.of("sales-lead"), "Customer asked twice", MailDesk.MONDAY_NINE));
        assertThat(SMTP.waitForIncomingEmail(10_000, 5)).isTrue();
        desk.courierRound();
        assertThat(SMTP.getReceivedMessages()).extracting(MailNoticeTest::to).filteredOn("lena@example.com"::equals)
                .hasSize(2);
        assertThat(SMTP.getReceivedMessages()).hasSize(5);
        assertThat(desk.count("SELECT count(*) FROM mail_outbox WHERE outcome = 'sent'")).isEqualTo(5);
    }

    @Test
    void withMailNotConfiguredNothingIsSentOrQueued() throws Exception {
        desk.start(null);
        desk.publishSampleCatalog();
        UUID promise = desk.promise("Northwind Traders", "Fleet analytics rollout");
        desk.push(MailDesk.request(promise, List.of("sales-lead", "product"), "Go-live before the freeze",
                MailDesk.MONDAY_NINE));

        assertThat(SMTP.waitForIncomingEmail(1_500, 1)).isFalse();
        assertThat(desk.count("SELECT count(*) FROM mail_outbox")).isZero();
        assertThat(desk.count("SELECT count(*) FROM exception_request")).isEqualTo(1);
    }

    @Test
    void aRoleThatDecidedBeforeItsNoticeWentOutIsNotAskedAgain() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        desk.start(MailDesk.mailTo(closed)); // the mail server is down: the notices wait in the outbox
        UUID promise = desk.promise("Baltic Freight", "Telematics");
        NewRequest request = MailDesk.request(promise, List.of("sales-lead", "product"), "Depot opens early",
                MailDesk.MONDAY_NINE);
        desk.push(request);
        desk.as("lena").decide(request.id(), new com.promisedesk.sync.wire.DecisionBody("APPROVED", "Fine"));
        desk.stop();

        desk.start(MailDesk.mailTo(SMTP.getSmtp().getPort()));
        desk.clock.pass(java.time.Duration.ofMinutes(5));
        desk.courierRound();
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        desk.courierRound();
        assertThat(SMTP.getReceivedMessages()).extracting(MailNoticeTest::to).containsExactly("pat@example.com");
        assertThat(desk.text("SELECT outcome FROM mail_outbox WHERE role = 'sales-lead'")).isEqualTo("skipped");
        assertThat(desk.text("SELECT outcome FROM mail_outbox WHERE role = 'product'")).isEqualTo("sent");
    }

    static String to(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            assertThat(to).hasSize(1);
            return to[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The text as a mail program shows it (decoded from quoted-printable), with plain line ends. */
    static String body(MimeMessage message) {
        try {
            return ((String) message.getContent()).replace("\r\n", "\n");
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    static MimeMessage to(MimeMessage[] messages, String recipient) {
        return Arrays.stream(messages).filter(m -> to(m).equals(recipient)).findFirst().orElseThrow();
    }
}
