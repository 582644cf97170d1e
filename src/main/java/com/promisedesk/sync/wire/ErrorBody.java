package com.promisedesk.sync.wire;

/** Every error response: {@code {"error": {"code": "bad_request", "message": "...", "field": "changes[0].promise.title"}}}. */
public record ErrorBody(Detail error) {

    /**
     * The message of a 404 for a path the central store has no endpoint for: the client's
     * address is wrong, unlike a 404 about a missing thing (an unknown exception request).
     */
    public static final String NO_ENDPOINT = "no such endpoint";

    /** The code of a 401 for a token that was revoked (any other refused token is {@code unauthorized}). */
    public static final String TOKEN_REVOKED = "token_revoked";

    /** @param field the request field at fault, or null */
    public record Detail(String code, String message, String field) {
    }
}
