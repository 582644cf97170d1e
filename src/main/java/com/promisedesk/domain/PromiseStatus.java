package com.promisedesk.domain;

import java.util.EnumSet;
import java.util.Set;

/** The life cycle of a promise (docs/promise-file.md, "status"). */
public enum PromiseStatus {
    DRAFT, READ_BACK, AGREED, IN_DELIVERY, KEPT, BROKEN, WITHDRAWN;

    /** The statuses this one may move to; whether AGREED is reachable also depends on the check. */
    public Set<PromiseStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(READ_BACK, WITHDRAWN);
            case READ_BACK -> EnumSet.of(DRAFT, AGREED, WITHDRAWN);
            case AGREED -> EnumSet.of(IN_DELIVERY, WITHDRAWN);
            case IN_DELIVERY -> EnumSet.of(KEPT, BROKEN, WITHDRAWN);
            case KEPT, BROKEN, WITHDRAWN -> EnumSet.noneOf(PromiseStatus.class);
        };
    }

    /** Whether its lines take up capacity: every status but withdrawn and broken. */
    public boolean booksCapacity() {
        return this != WITHDRAWN && this != BROKEN;
    }

    /** Whether it takes milestones: once agreed and while it is delivered (docs/promise-file.md, status). */
    public boolean tracksMilestones() {
        return this == AGREED || this == IN_DELIVERY;
    }

    /**
     * Whether the promise is not agreed yet (DRAFT, READ_BACK): it has no agreed day. A
     * withdrawn one may have been agreed before, or not.
     */
    public boolean beforeAgreement() {
        return this == DRAFT || this == READ_BACK;
    }

    public boolean canMoveTo(PromiseStatus target) {
        return next().contains(target);
    }

    public String label() {
        String words = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
