package com.promisedesk.store;

import com.promisedesk.domain.Language;
import com.promisedesk.domain.NoticeKind;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored customer notice. A draft has no revision, fingerprint or issue time; once issued it
 * goes with revision {@code revision} of the promise and what it says is fixed.
 *
 * @param changed what changed, as the rep left it
 * @param plan    our plan, in the rep's words; required to issue
 * @param body    the whole notice as the customer reads it (written by the export layer; opaque here)
 * @param sha256  the notice's fingerprint, printed on it; null for a draft
 */
public record NoticeRow(UUID id, UUID promiseId, NoticeKind kind, Language language, String changed, String plan,
                        String body, Integer revision, String sha256, Instant draftedAt, Instant issuedAt,
                        Instant sentAt) {

    public boolean issued() {
        return issuedAt != null;
    }

    public boolean sent() {
        return sentAt != null;
    }
}
