package com.promisedesk.sync.wire;

import java.time.Instant;
import java.util.UUID;

/**
 * An issued customer notice in {@code POST /v1/notices}, and in a pulled page: the whole notice as
 * the customer was given it (decision 0025). Only issued notices travel; a draft stays on its device.
 *
 * @param changeId the outbox entry's id on the pushing device (0 in a pulled page's {@code seq} otherwise)
 * @param body     the notice as the customer reads it (the export layer's JSON, opaque on the wire)
 * @param revision the promise's revision the notice was issued with
 * @param sha256   the notice's fingerprint, printed on it
 * @param sentAt   when the rep marked it sent; null until then
 */
public record NoticeUpload(long seq, UUID changeId, UUID id, UUID promiseId, String kind, String language, String changed,
                           String plan, String body, int revision, String sha256, Instant draftedAt, Instant issuedAt,
                           Instant sentAt) {
}
