package com.promisedesk.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The text a fingerprint is taken over: each field on a line of its own as {@code name=length:value}
 * ({@code name=null} when it is absent), so no two different sets of fields make one text whatever
 * their words contain; and the SHA-256 of such a text. The written summary's fingerprint
 * ({@link Fingerprint}) and the customer notice's ({@link NoticeFingerprint}) are both taken this way.
 */
final class CanonicalText {

    private final StringBuilder text;

    CanonicalText(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    void put(String name, String value) {
        text.append(name).append('=');
        if (value == null) {
            text.append("null");
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('\n');
    }

    void put(String name, LocalDate value) {
        put(name, value == null ? null : value.toString());
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** The SHA-256 of {@code text}'s UTF-8 bytes, as 64 lower-case hex digits. */
    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
