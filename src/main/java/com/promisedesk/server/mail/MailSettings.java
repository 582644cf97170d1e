package com.promisedesk.server.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the central store sends its e-mail notices, and how. Mail is off until a host is
 * given. The password comes only from {@value #PASSWORD_ENV}: a flag would show it in the
 * process list and the shell's history.
 *
 * @param consoleAddress the console's public address for links, without a trailing slash
 *                       (e.g. https://promises.example.com, the TLS proxy's)
 * @param digestAt       the time of day (UTC) the daily digest goes out
 * @param timeout        how long the postman waits for the mail server to connect, answer or take data
 */
public record MailSettings(String host, int port, Security security, String user, String password, String from,
                           String consoleAddress, LocalTime digestAt, Duration timeout) {

    /** How the connection to the mail server is protected. */
    public enum Security {
        /** Plain SMTP (a relay on the same machine or network, port 25). */
        NONE(25),
        /** Plain at first, then upgraded with STARTTLS; refused when the server cannot (port 587). */
        STARTTLS(587),
        /** TLS from the first byte (SMTPS, port 465). */
        TLS(465);

        final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }
    }

    public static final String HOST_ENV = "PROMISEDESK_MAIL_HOST";
    public static final String PORT_ENV = "PROMISEDESK_MAIL_PORT";
    public static final String TLS_ENV = "PROMISEDESK_MAIL_TLS";
    public static final String USER_ENV = "PROMISEDESK_MAIL_USER";
    public static final String PASSWORD_ENV = "PROMISEDESK_MAIL_PASSWORD";
    public static final String FROM_ENV = "PROMISEDESK_MAIL_FROM";
    public static final String CONSOLE_ADDRESS_ENV = "PROMISEDESK_CONSOLE_ADDRESS";
    public static final String DIGEST_AT_ENV = "PROMISEDESK_MAIL_DIGEST_AT";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** What the server's flags said; null where a flag was not given. */
    public record Given(String host, Integer port, String tls, String user, String from, String consoleAddress,
                        String digestAt) {

        boolean any() {
            return host != null || port != null || tls != null || user != null || from != null || consoleAddress != null
                    || digestAt != null;
        }
    }

    /** Read as for a test: these settings with another timeout. */
    public MailSettings withTimeout(Duration shorter) {
        return new MailSettings(host, port, security, user, password, from, consoleAddress, digestAt, shorter);
    }

    /** The page an approver decides on. */
    public String approvalsLink() {
        return consoleAddress + "/console/approvals";
    }

    /**
     * The settings from the flags and, where a flag was not given, the environment; empty when
     * no host is given (mail is off).
     *
     * @throws IllegalArgumentException with a message naming the flag (and its variable) at fault
     */
    public static Optional<MailSettings> of(Given flags, Map<String, String> env) {
        String host = pick(flags.host(), env, HOST_ENV);
        if (host == null) {
            if (flags.any()) {
                throw new IllegalArgumentException("the mail options need --mail-host (or " + HOST_ENV
                        + "): without a mail server, notices are off");
            }
            return Optional.empty();
        }
        if (!host.matches("[A-Za-z0-9.:\\[\\]-]{1,253}")) {
            throw new IllegalArgumentException("--mail-host (" + HOST_ENV + ") must be a host name or address such as"
                    + " smtp.example.com");
        }
        Security security = security(pick(flags.tls(), env, TLS_ENV));
        int port = flags.port() != null ? flags.port() : port(env.get(PORT_ENV), security);
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("--mail-port (" + PORT_ENV + ") must be between 1 and 65535, was " + port);
        }
        String user = pick(flags.user(), env, USER_ENV);
        String password = env.get(PASSWORD_ENV);
        if (user != null && (password == null || password.isEmpty())) {
            throw new IllegalArgumentException("--mail-user (" + USER_ENV + ") needs the password in the environment"
                    + " variable " + PASSWORD_ENV + " (never on the command line)");
        }
        return Optional.of(new MailSettings(host, port, security, user, user == null ? null : password,
                from(pick(flags.from(), env, FROM_ENV)), consoleAddress(pick(flags.consoleAddress(), env,
                CONSOLE_ADDRESS_ENV)), digestAt(pick(flags.digestAt(), env, DIGEST_AT_ENV)), DEFAULT_TIMEOUT));
    }

    private static String pick(String flag, Map<String, String> env, String variable) {
        String value = flag != null ? flag : env.get(variable);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Security security(String text) {
        if (text == null) {
            return Security.STARTTLS;
        }
        try {
            return Security.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--mail-tls (" + TLS_ENV + ") must be none, starttls or tls, was " + text);
        }
    }

    private static int port(String text, Security security) {
        if (text == null || text.isBlank()) {
            return security.defaultPort;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT_ENV + " must be a port number such as 587, was " + text);
        }
    }

    private static String from(String text) {
        if (text == null) {
            throw new IllegalArgumentException("--mail-from (or " + FROM_ENV + ") is needed with a mail host: the"
                    + " address notices come from, e.g. promisedesk@example.com");
        }
        try {
            InternetAddress address = new InternetAddress(text, true);
            if (address.getAddress() == null || !address.getAddress().contains("@") || text.matches("(?s).*[\\r\\n].*")) {
                throw new AddressException("no address");
            }
            return address.toString();
        } catch (AddressException e) {
            throw new IllegalArgumentException("--mail-from (" + FROM_ENV + ") must be an e-mail address such as"
                    + " promisedesk@example.com or \"PromiseDesk <promisedesk@example.com>\", was " + text);
        }
    }

    private static String consoleAddress(String text) {
        String wrong = "--console-address (" + CONSOLE_ADDRESS_ENV + ") must be the address people open the console"
                + " at, such as https://promises.example.com";
        if (text == null) {
            throw new IllegalArgumentException(wrong + ": the notices link to it");
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getQuery() != null
                    || uri.getFragment() != null || uri.getUserInfo() != null) {
                throw new IllegalArgumentException(wrong + ", was " + text);
            }
            String address = uri.toString();
            while (address.endsWith("/")) {
                address = address.substring(0, address.length() - 1);
            }
            return address.endsWith("/console") ? address.substring(0, address.length() - "/console".length()) : address;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(wrong + ", was " + text);
        }
    }

    private static LocalTime digestAt(String text) {
        if (text == null) {
            return LocalTime.of(8, 0);
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--mail-digest-at (" + DIGEST_AT_ENV + ") must be a time of day in UTC"
                    + " such as 08:00, was " + text);
        }
    }

    /** Never the password: these settings are logged at start. */
    @Override
    public String toString() {
        String tls = switch (security) {
            case NONE -> "no TLS";
            case STARTTLS -> "STARTTLS";
            case TLS -> "TLS";
        };
        return "SMTP " + host + ":" + port + " (" + tls + ")" + (user == null ? "" : " as " + user)
                + ", from " + from + ", links to " + consoleAddress + ", digest at " + digestAt + " UTC";
    }
}
