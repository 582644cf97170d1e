package com.promisedesk.sync.wire;

import java.time.Instant;
import java.util.UUID;

/**
 * An issued revision in a pulled page (decision 0025): the bytes as the issuing device pushed them.
 *
 * @param fingerprint the summary's SHA-256 as printed on it
 * @param sha256      the SHA-256 of the exact bytes; the device checks it before it keeps them
 * @param content     the exact bytes, base64
 */
public record PulledRevision(long seq, UUID promiseId, int number, Instant issuedAt, String format, String fingerprint,
                             String sha256, String content) {
}
