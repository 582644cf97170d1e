package com.promisedesk.sync.wire;

/** {@code GET /v1/me}: who the token belongs to. */
public record Me(String user, String role) {
}
