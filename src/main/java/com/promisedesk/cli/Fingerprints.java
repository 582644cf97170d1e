package com.promisedesk.cli;

import com.promisedesk.file.Sha256;

/**
 * The two SHA-256 sums of a written summary, told apart (docs/decisions/0006): the fingerprint
 * printed on it, over what it says, the same in every format; and the file's own bytes, which
 * {@code sha256sum} gives and which differ between formats and between two PDFs of one summary.
 */
final class Fingerprints {

    private Fingerprints() {
    }

    static String of(String summaryFingerprint, byte[] bytes) {
        return "  Fingerprint (printed on the summary, over what it says): " + summaryFingerprint + "\n"
                + "  SHA-256 of the file's bytes (as sha256sum gives it):     " + Sha256.of(bytes);
    }
}
