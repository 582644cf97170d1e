package com.promisedesk.server.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mail is off until a host is given; flags win over the environment; the password comes only from the environment. */
class MailSettingsTest {

    private static final MailSettings.Given NONE = new MailSettings.Given(null, null, null, null, null, null, null);

    @Test
    void offWithoutAHost() {
        assertThat(MailSettings.of(NONE, Map.of())).isEmpty();
        assertThat(MailSettings.of(NONE, Map.of(MailSettings.FROM_ENV, "desk@example.com"))).isEmpty();
        assertThatThrownBy(() -> MailSettings.of(new MailSettings.Given(null, null, null, null, "desk@example.com", null,
                null), Map.of())).hasMessage("the mail options need --mail-host (or PROMISEDESK_MAIL_HOST): without a"
                + " mail server, notices are off");
    }

    @Test
    void theEnvironmentFillsWhatTheFlagsLeaveAndTheFlagsWin() {
        Map<String, String> env = Map.of(MailSettings.HOST_ENV, "smtp.example.com", MailSettings.FROM_ENV,
                "desk@example.com", MailSettings.CONSOLE_ADDRESS_ENV, "https://promises.example.com/console/",
                MailSettings.USER_ENV, "desk", MailSettings.PASSWORD_ENV, "s3cret", MailSettings.TLS_ENV, "tls");
        MailSettings fromEnv = MailSettings.of(NONE, env).orElseThrow();
        assertThat(fromEnv.host()).isEqualTo("smtp.example.com");
        assertThat(fromEnv.security()).isEqualTo(MailSettings.Security.TLS);
        assertThat(fromEnv.port()).isEqualTo(465);
        assertThat(fromEnv.password()).isEqualTo("s3cret");
        assertThat(fromEnv.approvalsLink()).isEqualTo("https://promises.example.com/console/approvals");
        assertThat(fromEnv.digestAt()).isEqualTo(LocalTime.of(8, 0));
        assertThat(fromEnv.toString()).doesNotContain("s3cret");

        MailSettings flags = MailSettings.of(new MailSettings.Given("relay.internal", 2525, "starttls", null, null, null,
                "17:30"), env).orElseThrow();
        assertThat(flags.host()).isEqualTo("relay.internal");
        assertThat(flags.port()).isEqualTo(2525);
        assertThat(flags.security()).isEqualTo(MailSettings.Security.STARTTLS);
        assertThat(flags.from()).isEqualTo("desk@example.com");
        assertThat(flags.digestAt()).isEqualTo(LocalTime.of(17, 30));
    }

    @Test
    void wrongValuesNameTheirFlagAndVariable() {
        Map<String, String> base = Map.of(MailSettings.FROM_ENV, "desk@example.com", MailSettings.CONSOLE_ADDRESS_ENV,
                "https://promises.example.com");
        assertThatThrownBy(() -> MailSettings.of(given("smtp.example.com", "desk", null), base))
                .hasMessage("--mail-user (PROMISEDESK_MAIL_USER) needs the password in the environment variable"
                        + " PROMISEDESK_MAIL_PASSWORD (never on the command line)");
        assertThatThrownBy(() -> MailSettings.of(new MailSettings.Given("smtp.example.com", null, "ssl", null, null, null,
                null), base)).hasMessage("--mail-tls (PROMISEDESK_MAIL_TLS) must be none, starttls or tls, was ssl");
        assertThatThrownBy(() -> MailSettings.of(given("smtp.example.com", null, "desk@example.com\r\nBcc: x@example.com"),
                Map.of(MailSettings.CONSOLE_ADDRESS_ENV, "https://promises.example.com")))
                .hasMessageStartingWith("--mail-from (PROMISEDESK_MAIL_FROM) must be an e-mail address");
        assertThatThrownBy(() -> MailSettings.of(given("smtp.example.com", null, null),
                Map.of(MailSettings.FROM_ENV, "desk@example.com"))).hasMessage("--console-address"
                + " (PROMISEDESK_CONSOLE_ADDRESS) must be the address people open the console at, such as"
                + " https://promises.example.com: the notices link to it");
        assertThatThrownBy(() -> MailSettings.of(given("smtp example.com", null, null), base))
                .hasMessageStartingWith("--mail-host (PROMISEDESK_MAIL_HOST) must be a host name");
    }

    private static MailSettings.Given given(String host, String user, String from) {
        return new MailSettings.Given(host, null, null, user, from, null, null);
    }
}
