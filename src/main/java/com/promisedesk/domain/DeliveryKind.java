package com.promisedesk.domain;

/** What a delivery mark says: a line delivered or cancelled by us, or the whole promise withdrawn by the customer. */
public enum DeliveryKind {
    /** The line was delivered, on the mark's day. */
    DELIVERED,
    /** We cancelled the line: we will not deliver it (a reason is required). The promise is broken. */
    CANCELLED,
    /** The customer withdrew the whole promise (a reason is required); no line. */
    WITHDRAWN;

    /** Whether a mark of this kind is about one line (not the whole promise). */
    public boolean aboutALine() {
        return this != WITHDRAWN;
    }
}
