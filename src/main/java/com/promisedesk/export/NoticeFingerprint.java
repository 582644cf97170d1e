package com.promisedesk.export;

import java.time.LocalDate;

/**
 * The SHA-256 fingerprint of a customer notice, taken as the summary's is (see {@link Fingerprint}):
 * over a canonical text of every field the customer reads, each written as {@code name=length:value},
 * never over rendered bytes. The format is part of the contract (docs/decisions/0026).
 */
final class NoticeFingerprint {

    private final CanonicalText text = new CanonicalText(2048);

    private NoticeFingerprint() {
    }

    static String of(Notice notice) {
        return CanonicalText.sha256(canonicalText(notice));
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
        text.put(name, value);
        return this;
    }

    private NoticeFingerprint put(String name, String value) {
        text.put(name, value);
        return this;
    }
}
