package com.promisedesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.promisedesk.Slow;
import com.promisedesk.sync.wire.DecisionBody;
import com.promisedesk.sync.wire.NewRequest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily digest: after the digest time (08:00 UTC), each approver role's people get one
 * mail listing the requests that have waited more than a day for that role, oldest first;
 * once a day, even across a restart; a role with nothing that old gets none.
 */
@Slow
class MailDigestTest {

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
    void eachRoleGetsOneDigestADayOfWhatWaitedMoreThanADay() throws Exception {
        desk.start(MailDesk.mailTo(SMTP.getSmtp().getPort()));
        UUID promise = desk.promise("Baltic Freight", "Telematics");
        NewRequest early = MailDesk.request(promise, List.of("sales-lead", "product"), "Depot opens early",
                MailDesk.MONDAY_NINE.minus(Duration.ofHours(2)));
        NewRequest later = MailDesk.request(promise, List.of("sales-lead", "product"), "Second depot",
                MailDesk.MONDAY_NINE);
        desk.push(early, later);
        assertThat(SMTP.waitForIncomingEmail(10_000, 4)).isTrue();
        desk.courierRound();
        assertThat(SMTP.getReceivedMessages()).hasSize(4);

        desk.clock.pass(Duration.ofHours(22)); // Tuesday 07:00: before the digest time
        desk.courierRound();
        assertThat(SMTP.getReceivedMessages()).hasSize(4);

        desk.clock.pass(Duration.ofMinutes(90)); // Tuesday 08:30: the early one has waited 25 h, the later 23 h
        desk.courierRound();
        assertThat(SMTP.waitForIncomingEmail(10_000, 6)).isTrue();
        desk.courierRound();
        List<MimeMessage> tuesday = digests();
        assertThat(tuesday).extracting(MailNoticeTest::to).containsExactlyInAnyOrder("lena@example.com", "pat@example.com");
        MimeMessage lena = tuesday.stream().filter(m -> MailNoticeTest.to(m).equals("lena@example.com")).findFirst()
                .orElseThrow();
        assertThat(lena.getSubject()).isEqualTo("1 exception request waiting more than a day for sales-lead");
        assertThat(MailNoticeTest.body(lena)).contains(
                "1 exception request has waited more than a day for sales-lead, oldest first:",
                "- Baltic Freight, Telematics (rep anna), waiting 25 h\n  Line 1: 1 × ONB-STD on Thu 3 Dec 2026\n",
                "https://promises.example.com/console/approvals").doesNotContain("23 h");

        // Later the same day, and after a restart: no second digest.
        desk.clock.pass(Duration.ofHours(3));
        desk.courierRound();
        desk.stop();
        desk.start(MailDesk.mailTo(SMTP.getSmtp().getPort()));
        desk.courierRound();
        assertThat(SMTP.getReceivedMessages()).hasSize(6);

        // Lena decides the early one; on Wednesday her role has one left, Pat's has both.
        desk.as("lena").decide(early.id(), new DecisionBody("APPROVED", "Fine"));
        desk.clock.pass(Duration.ofHours(21)); // Wednesday 08:30
        desk.courierRound();
        assertThat(SMTP.waitForIncomingEmail(10_000, 8)).isTrue();
        desk.courierRound();
        List<MimeMessage> all = digests();
        assertThat(all).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "1 exception request waiting more than a day for sales-lead", // Tuesday
                "1 exception request waiting more than a day for product",
                "1 exception request waiting more than a day for sales-lead", // Wednesday: the later one
                "2 exception requests waiting more than a day for product");
    }

    @Test
    void noDigestWhenNothingHasWaitedADay() throws Exception {
        desk.start(MailDesk.mailTo(SMTP.getSmtp().getPort()));
        UUID promise = desk.promise("Baltic Freight", "Telematics");
        desk.push(MailDesk.request(promise, List.of("sales-lead"), "Depot opens early", MailDesk.MONDAY_NINE));
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        desk.clock.pass(Duration.ofHours(23)); // Tuesday 08:00: 23 h
        desk.courierRound();
        assertThat(SMTP.waitForIncomingEmail(1_000, 2)).isFalse();
        assertThat(desk.count("SELECT count(*) FROM mail_outbox WHERE notice = 'digest'")).isZero();
    }

    private static List<MimeMessage> digests() throws Exception {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).contains("more than a day")).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
