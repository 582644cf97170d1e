package com.promisedesk.domain;

import java.time.Instant;
import java.util.UUID;

/** An issued, immutable written summary of a promise, with its number and SHA-256 fingerprint. */
public record Revision(UUID promiseId, int number, Instant issued, String sha256) {
    public Revision {
        Require.present(promiseId, "promiseId");
        Require.atLeast(number, 1, "number");
        Require.present(issued, "issued");
        sha256 = Require.text(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new InvalidValueException("sha256", "must be 64 lower-case hex digits");
        }
    }
}
