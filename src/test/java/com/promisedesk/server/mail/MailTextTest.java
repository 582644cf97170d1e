package com.promisedesk.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.promisedesk.server.console.InboxView;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a rep typed reaches an approver's mail as text and nothing else, sent over real SMTP
 * (GreenMail): a CR/LF in a customer's name adds no header and no recipient, {@code <script>}
 * stays seven characters in a text/plain mail, a right-to-left override is dropped, and a
 * 10,000-character name is cut to a line a mail program shows.
 */
class MailTextTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String LINK = "https://promises.example.com/console/approvals";

    @Test
    void hostileTextInARequestStaysTextOnItsOwnLine() throws Exception {
        InboxView.Item request = new InboxView.Item("3f2b8c1e-0000-4000-8000-000000000001",
                "anna\r\nBcc: mallory@example.com", "<script>alert(1)</script>\r\nBcc: mallory@example.com",
                "\u202Egpj.exe " + "N".repeat(10_000), "Line 1: 1 × Standard onboarding (ONB-STD) on Thu 3 Dec 2026",
                List.of("lead time 8 business days instead of 15"), List.of(), null,
                "Visit\nhttps://evil.example.com\nto approve", "3 days", "Mon 23 Nov 2026", 2, List.of(),
                "sales-lead, product", "");
        postman().send(Letters.waiting("lena@example.com", "sales-lead", request, LINK));

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("lena@example.com");
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(GreenMailUtil.getHeaders(mail)).doesNotContain("\nBcc:").doesNotContainIgnoringCase("mallory@example.com>");
        assertThat(mail.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");

        String subject = mail.getSubject();
        assertThat(subject).doesNotContain("\r", "\n", "\u202E").hasSizeLessThanOrEqualTo(Letter.MAX_SUBJECT)
                .startsWith("Approval needed (sales-lead): <script>alert(1)</script> Bcc: mallory@example.com, gpj.exe NNN")
                .endsWith("…");
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(body).contains("anna Bcc: mallory@example.com asks sales-lead to approve",
                "Customer: <script>alert(1)</script> Bcc: mallory@example.com\n",
                "Rep's reason: Visit https://evil.example.com to approve\n").doesNotContain("\u202E");
        assertThat(body.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(450));
        // The only line that is a link alone is the console's.
        assertThat(body.lines().filter(line -> line.startsWith("https://"))).containsExactly(LINK);
    }

    @Test
    void theCatalogNoteKeepsAVersionOnOneLine() throws Exception {
        postman().send(Letters.catalogUpdated("anna@example.com", "2026.12\r\nX-Evil: 1", "carl", 1));
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage note = SMTP.getReceivedMessages()[0];
        assertThat(note.getSubject()).isEqualTo("Catalog updated: 2026.12 X-Evil: 1");
        assertThat(note.getHeader("X-Evil")).isNull();
        assertThat(((String) note.getContent()).replace("\r\n", "\n"))
                .startsWith("carl published catalog 2026.12 X-Evil: 1 (1 capability).\n\nYour app brings it at its next sync");
    }

    private static SmtpPostman postman() {
        return new SmtpPostman(MailSettings.of(new MailSettings.Given("127.0.0.1", SMTP.getSmtp().getPort(), "none",
                null, "desk@example.com", "https://promises.example.com", null), Map.of()).orElseThrow()
                .withTimeout(Duration.ofSeconds(2)));
    }
}
