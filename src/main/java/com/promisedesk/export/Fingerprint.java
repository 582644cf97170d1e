package com.promisedesk.export;

import com.promisedesk.domain.Language;
import java.time.LocalDate;
import java.util.List;

/**
 * The SHA-256 fingerprint of a summary: taken over a canonical text of every customer-visible
 * field, not over the rendered bytes (a PDF carries timestamps, and paper size or date order
 * are presentation). Each value is written as {@code name=length:value} so no two different
 * summaries share a canonical text, whatever their words contain.
 */
public final class Fingerprint {

    private final CanonicalText text = new CanonicalText(4096);

    private Fingerprint() {
    }

    public static String of(Summary summary) {
        return CanonicalText.sha256(canonicalText(summary));
    }

    /**
     * What the summary says, apart from its revision number and issue date: the same text with
     * those two written as null. Two issues of an unchanged promise say the same (docs/decisions/0006).
     */
    public static String ofWhatItSays(Summary summary) {
        return CanonicalText.sha256(canonicalText(summary, false));
    }

    /** The text the fingerprint is taken over; the format is part of the contract (docs/decisions/0006). */
    static String canonicalText(Summary summary) {
        return canonicalText(summary, true);
    }

    private static String canonicalText(Summary summary, boolean numbered) {
        Fingerprint f = new Fingerprint();
        f.put("format", "promisedesk-summary/1");
        // Written only for a summary in another language than English, so every English one keeps its fingerprint.
        if (summary.language() != Language.EN) {
            f.put("language", summary.language().tag());
        }
        Summary.Header h = summary.header();
        f.put("company", h.company()).put("customer", h.customer()).put("contact", h.contact())
                .put("title", h.title()).put("issued", numbered ? h.issued() : null).put("rep", h.rep())
                .put("status", h.status())
                .put("revision", !numbered || h.revision() == null ? null : h.revision().toString());
        f.put("mark", summary.mark());
        f.count("deliver", summary.deliver());
        summary.deliver().forEach(f::item);
        f.count("awaiting", summary.awaiting());
        summary.awaiting().forEach(p -> f.item(p.item()).put("confirmBy", p.confirmBy()));
        f.count("notIncluded", summary.notIncluded());
        summary.notIncluded().forEach(x -> f.item(x.item()).put("earliest", x.earliest()));
        f.count("expectations", summary.expectations());
        for (Summary.Expectation e : summary.expectations()) {
            f.put("words", e.words()).put("mark", e.mark()).put("clarified", e.clarified()).put("note", e.note())
                    .list("coveredBy", e.coveredBy());
        }
        f.count("responsibilities", summary.responsibilities());
        summary.responsibilities().forEach(r -> f.put("what", r.what()).put("due", r.due()).list("moves", r.moves()));
        f.list("extras", summary.extras());
        f.count("milestones", summary.milestones());
        summary.milestones().forEach(m -> f.put("what", m.what()).put("due", m.due()).put("done", m.done() ? "yes" : "no"));
        Sender c = summary.contact();
        f.put("contact.company", c.company()).put("contact.rep", c.rep()).put("contact.email", c.email())
                .put("contact.phone", c.phone());
        // Written only when there is one, so every summary before keeps its fingerprint; left out of what a summary
        // says, so a promise unchanged since its confirmed revision is "nothing changed" (docs/decisions/0023).
        if (numbered && summary.confirmation() != null) {
            f.put("confirmedBy", summary.confirmation().name()).put("confirmedAt", summary.confirmation().at().toString());
        }
        return f.text.toString();
    }

    private Fingerprint item(Summary.Item item) {
        put("name", item.name()).put("summary", item.summary()).put("quantity", Integer.toString(item.quantity()))
                .put("date", item.date()).list("serviceLevels", item.serviceLevels());
        // Written only for an item "from" its date, so every summary that could be made before keeps its fingerprint.
        return item.fromDate() ? put("dateMeans", "from") : this;
    }

    private Fingerprint count(String name, List<?> values) {
        return put(name, Integer.toString(values.size()));
    }

    private Fingerprint list(String name, List<String> values) {
        count(name, values);
        values.forEach(v -> put("-", v));
        return this;
    }

    private Fingerprint put(String name, LocalDate value) {
        text.put(name, value);
        return this;
    }

    private Fingerprint put(String name, String value) {
        text.put(name, value);
        return this;
    }
}
