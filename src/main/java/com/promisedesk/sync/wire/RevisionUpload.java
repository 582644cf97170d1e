package com.promisedesk.sync.wire;

import java.time.Instant;
import java.util.UUID;

/**
 * One issued revision in {@code POST /v1/revisions}.
 *
 * @param fingerprint the summary's SHA-256 as printed on it (over its canonical text, docs/decisions/0006)
 * @param sha256      the SHA-256 of the exact bytes, 64 lower-case hex digits; the server checks it
 * @param content     the exact bytes, base64 (RFC 4648, with padding)
 */
public record RevisionUpload(UUID changeId, UUID promiseId, int number, Instant issuedAt, String format,
                             String fingerprint, String sha256, String content) {
}
