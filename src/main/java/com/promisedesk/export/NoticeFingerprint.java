package com.promisedesk.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The SHA-256 fingerprint of a customer notice, taken as the summary's is (see {@link Fingerprint}):
 * over a canonical text of every field the customer reads, each written as {@code name=length:value},
 * never over rendered bytes. The format is part of the contract (docs/decisions/0026).
 */
final class NoticeFingerprint {

    private final StringBuilder text = new StringBuilder(2048);

    private NoticeFingerprint() {
    }

    static String of(Notice notice) {
        return sha256(canonicalText(notice));
    }

    static String canonicalText(Notice notice) {
        NoticeFingerprint f = new NoticeFingerprint();
        Notice.Header h = notice.header();
        f.put("format", "promisedesk-notice/1").put("kind", notice.kind().name()).put("language", notice.language().tag())
                .put("company", h.company()).put("customer", h.customer()).put("contact", h.contact())
                .put("title", h.title()).put("issued", h.issued()).put("rep", h.rep())
                .put("revision", h.revision() == null ? null : h.revision().toString())
                .put("summary", h.summarySha256()).put("changed", notice.changed());
        f.put("moves", Integer.toString(notice.moves().size()));
        notice.moves().forEach(m -> f.put("item", m.item()).put("was", m.was()).put("now", m.now()));
        f.put("plan", notice.plan()).put("needs", Integer.toString(notice.needs().size()));
        notice.needs().forEach(n -> f.put("what", n.what()).put("due", n.due()));
        Sender c = notice.contact();
        f.put("contact.company", c.company()).put("contact.rep", c.rep()).put("contact.email", c.email())
                .put("contact.phone", c.phone());
        return f.text.toString();
    }

    private NoticeFingerprint put(String name, LocalDate value) {
        return put(name, value == null ? null : value.toString());
    }

    private NoticeFingerprint put(String name, String value) {
        text.append(name).append('=');
        if (value == null) {
            text.append("null");
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('\n');
        return this;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
