package com.promisedesk.sync.wire;

/** Every error response: {@code {"error": {"code": "bad_request", "message": "...", "field": "changes[0].promise.title"}}}. */
public record ErrorBody(Detail error) {

    /** @param field the request field at fault, or null */
    public record Detail(String code, String message, String field) {
    }
}
