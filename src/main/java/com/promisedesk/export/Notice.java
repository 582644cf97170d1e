package com.promisedesk.export;

import com.promisedesk.domain.Language;
import com.promisedesk.domain.NoticeKind;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a customer notice says, in the order it says it, and nothing internal: no tiers,
 * approvers, owners or capacity. Every renderer draws from this one value and the fingerprint is
 * taken over it, as for the written {@link Summary}.
 *
 * @param changed  what changed, as sentences the rep may have edited (one per line)
 * @param moves    what it means for the customer: each item whose date moves, old date to new honest date
 * @param plan     our plan (for an update: what comes next), in the rep's words; required to issue
 * @param needs    what we need from the customer: the responsibilities concerned
 * @param language the customer's language, which every fixed word is in
 */
public record Notice(NoticeKind kind, Header header, String changed, List<Move> moves, String plan, List<Need> needs,
                     Sender contact, Language language) {

    public Notice {
        language = language == null ? Language.EN : language;
        contact = contact == null ? Sender.none() : contact;
        changed = changed == null ? "" : changed;
        moves = List.copyOf(moves);
        needs = List.copyOf(needs);
    }

    /** The SHA-256 of this notice's canonical text (see {@link NoticeFingerprint}), 64 lower-case hex digits. */
    public String fingerprint() {
        return NoticeFingerprint.of(this);
    }

    /** Whether it is issued: it goes with a revision of the promise. */
    public boolean issued() {
        return header.revision() != null;
    }

    /** The same notice with the rep's words for what changed and for our plan. */
    public Notice withTexts(String newChanged, String newPlan) {
        return new Notice(kind, header, newChanged, moves, newPlan == null || newPlan.isBlank() ? null : newPlan.strip(),
                needs, contact, language);
    }

    /** The same notice issued with revision {@code number}, whose written summary has fingerprint {@code summarySha256}. */
    public Notice issuedWith(int number, String summarySha256) {
        Header h = header;
        return new Notice(kind, new Header(h.company(), h.customer(), h.contact(), h.title(), h.issued(), h.rep(), number,
                summarySha256), changed, moves, plan, needs, contact, language);
    }

    /**
     * The top of the notice.
     *
     * @param revision      the revision of the promise this notice goes with; null while it is a draft
     * @param summarySha256 the fingerprint of that revision's written summary; null while it is a draft
     */
    public record Header(String company, String customer, String contact, String title, LocalDate issued, String rep,
                         Integer revision, String summarySha256) {
    }

    /**
     * One item whose date moves.
     *
     * @param now the new honest date; null when we can no longer deliver it as promised
     */
    public record Move(String item, LocalDate was, LocalDate now) {
    }

    /** What the customer must supply, by when. */
    public record Need(String what, LocalDate due) {
    }
}
