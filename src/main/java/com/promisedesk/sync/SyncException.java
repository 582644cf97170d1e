package com.promisedesk.sync;

/**
 * A sync round stopped. The message is one line a rep can act on; nothing is lost and
 * the next round carries on where this one stopped.
 *
 * @see #status() the HTTP status, or 0 when the server was not reached or answered nonsense
 */
public final class SyncException extends Exception {

    private static final long serialVersionUID = 1L;

    /** {@link #code()} when the address answers, but no central store's endpoint is there (a wrong path). */
    public static final String WRONG_ADDRESS = "wrong_address";

    /** {@link #code()} when an address is plain http:// to another machine ({@link ServerAddress#parse}). */
    public static final String PLAIN_HTTP = "plain_http";

    /** {@link #code()} when no server or token was given and none is remembered yet. */
    public static final String NOT_SET_UP = "not_set_up";

    private final int status;
    private final String code;

    public SyncException(int status, String code, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
    }

    public SyncException(String message) {
        this(0, "client", message, null);
    }

    public int status() {
        return status;
    }

    /** The server's error code (unauthorized, forbidden, bad_request, …), or "network" / "client". */
    public String code() {
        return code;
    }

    /** No server or token was given and none is remembered: the first sync has not been run. */
    public boolean notSetUp() {
        return NOT_SET_UP.equals(code);
    }

    /** The address given or remembered leads to no central store: fix the URL. */
    public boolean wrongAddress() {
        return WRONG_ADDRESS.equals(code);
    }

    /** The address is plain http:// to another machine, which is refused without --insecure-http. */
    public boolean plainHttp() {
        return PLAIN_HTTP.equals(code);
    }

    /** The token was refused (401) or lacks the right (403). */
    public boolean refused() {
        return status == 401 || status == 403;
    }

    /** Worth another try later: the network, a busy or failing server. */
    public boolean transientFailure() {
        return status == 0 && "network".equals(code) || status == 503 || status >= 500;
    }
}
