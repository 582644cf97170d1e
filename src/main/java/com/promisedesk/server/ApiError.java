package com.promisedesk.server;

/**
 * A request the server refuses, with the status, a stable code, a message for a person
 * and the request field at fault. Becomes the error body; never a stack trace.
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The code of {@link #revoked()}; every other refused token is {@code unauthorized}. */
    static final String REVOKED = com.promisedesk.sync.wire.ErrorBody.TOKEN_REVOKED;

    private final int status;
    private final String code;
    private final String field;

    ApiError(int status, String code, String message, String field) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    static ApiError badRequest(String field, String why) {
        return new ApiError(400, "bad_request", (field == null ? "" : field + ": ") + why, field);
    }

    static ApiError unauthorized() {
        return new ApiError(401, "unauthorized", "a valid token is required (Authorization: Bearer TOKEN)", null);
    }

    /**
     * A token that was valid once and has been revoked. Only whoever holds that exact token learns
     * this, and nothing more (not whose it was, nor when): the app can then tell its rep to ask
     * for a new one instead of suspecting a typo.
     */
    static ApiError revoked() {
        return new ApiError(401, REVOKED, "this token was revoked; ask for a new one", null);
    }

    static ApiError forbidden(String why) {
        return new ApiError(403, "forbidden", why, null);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String field() {
        return field;
    }
}
