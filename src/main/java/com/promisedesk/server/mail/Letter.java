package com.promisedesk.server.mail;

/**
 * One plain-text e-mail to one person. The subject is one line by construction (see
 * {@link PlainText#line}): a customer's name with a line break in it cannot add a header.
 */
public record Letter(String to, String subject, String body) {

    /** A longer subject is cut: mail programs show about this much anyway. */
    static final int MAX_SUBJECT = 140;

    public Letter {
        subject = PlainText.line(subject, MAX_SUBJECT);
    }
}
