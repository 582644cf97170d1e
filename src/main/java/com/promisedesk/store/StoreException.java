package com.promisedesk.store;

/**
 * The local store could not do what was asked. The message says what failed in plain
 * words ("could not save promise 3f2a…: …"); the cause keeps the SQLite detail.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
