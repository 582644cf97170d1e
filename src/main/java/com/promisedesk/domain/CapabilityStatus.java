package com.promisedesk.domain;

/** Whether a capability can be promised today. */
public enum CapabilityStatus {
    /** Delivered as documented. */
    AVAILABLE,
    /** Deliverable, with a caveat the rep must mention. */
    LIMITED,
    /** Not yet deliverable; see {@link Capability#availableFrom()}. */
    PLANNED,
    /** No longer offered. */
    RETIRED;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
