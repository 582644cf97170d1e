package com.promisedesk.server.mail;

/**
 * A notice could not be handed to the mail server; the message says why in plain words
 * (for the server's log), never a class name. {@code lasting} when trying again cannot help
 * (the server refused the address itself).
 */
public final class MailFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean lasting;

    MailFailure(String message, boolean lasting, Throwable cause) {
        super(message, cause);
        this.lasting = lasting;
    }

    public boolean lasting() {
        return lasting;
    }
}
