package com.promisedesk.sync.wire;

import java.time.Instant;

/**
 * {@code GET /v1/revisions?promise=ID}: one revision the central store holds, without its content.
 *
 * @param sha256      of the exact bytes stored
 * @param fingerprint the summary's SHA-256 as printed on it
 */
public record StoredRevision(int number, String sha256, String fingerprint, String format, Instant issuedAt,
                             long bytes, Instant receivedAt) {
}
