package com.promisedesk.server.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Hands one {@link Letter} to the mail server over SMTP (Jakarta Mail), on the courier's
 * thread. Every wait is bounded by the settings' timeout (connect, each answer, each write),
 * so a mail server that takes the connection and then says nothing costs the courier that
 * long, and never a rep's push.
 */
public final class SmtpPostman {

    private final MailSettings settings;
    private final Session session;
    private final String protocol;

    public SmtpPostman(MailSettings settings) {
        this.settings = settings;
        this.protocol = settings.security() == MailSettings.Security.TLS ? "smtps" : "smtp";
        Properties properties = new Properties();
        String prefix = "mail." + protocol + ".";
        properties.put("mail.transport.protocol", protocol);
        properties.put(prefix + "host", settings.host());
        properties.put(prefix + "port", Integer.toString(settings.port()));
        String millis = Long.toString(settings.timeout().toMillis());
        properties.put(prefix + "connectiontimeout", millis);
        properties.put(prefix + "timeout", millis);
        properties.put(prefix + "writetimeout", millis);
        properties.put(prefix + "auth", Boolean.toString(settings.user() != null));
        if (settings.security() == MailSettings.Security.STARTTLS) {
            // Required, not merely tried: a server that cannot upgrade gets no password in the clear.
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (settings.security() != MailSettings.Security.NONE) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        this.session = Session.getInstance(properties);
    }

    /** Sends {@code letter} as text/plain UTF-8, or says in plain words why not. */
    public void send(Letter letter) throws MailFailure {
        MimeMessage message = new MimeMessage(session);
        InternetAddress from;
        InternetAddress to;
        try {
            from = new InternetAddress(settings.from(), true);
            to = new InternetAddress(letter.to(), true);
        } catch (AddressException e) {
            throw new MailFailure("the address " + PlainText.line(letter.to(), 320) + " is not one a mail server takes",
                    true, e);
        }
        try {
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
            message.setText(letter.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            // RFC 3834: sent by a program, so out-of-office replies stay away.
            message.setHeader("Auto-Submitted", "auto-generated");
            message.saveChanges();
            try (Transport transport = session.getTransport(protocol)) {
                transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
                transport.sendMessage(message, message.getAllRecipients());
            }
        } catch (MessagingException e) {
            throw failure(e, letter.to());
        }
    }

    private MailFailure failure(MessagingException e, String to) {
        String server = "the mail server " + settings.host() + ":" + settings.port();
        if (e instanceof AuthenticationFailedException) {
            return new MailFailure(server + " refused the user " + settings.user() + " or the password in "
                    + MailSettings.PASSWORD_ENV, false, e);
        }
        if (e instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0) {
            return new MailFailure(server + " refused the address " + PlainText.line(to, 320), true, e);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return new MailFailure(server + " did not answer within " + settings.timeout().toSeconds() + " s", false, e);
            }
            if (cause instanceof ConnectException) {
                return new MailFailure("could not connect to " + server + " (nothing listens there, or a firewall"
                        + " refuses)", false, e);
            }
            if (cause instanceof UnknownHostException) {
                return new MailFailure("there is no host " + settings.host() + " (check --mail-host)", false, e);
            }
            if (cause instanceof javax.net.ssl.SSLException) {
                return new MailFailure(server + " could not set up TLS: " + PlainText.line(cause.getMessage(), 200),
                        false, e);
            }
        }
        return new MailFailure(server + " failed: " + PlainText.line(e.getMessage(), 200), false, e);
    }
}
