package com.promisedesk.server;

/** The central store's database could not be opened or used; the message says which and why. */
public final class ServerStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServerStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public ServerStoreException(String message) {
        super(message);
    }
}
