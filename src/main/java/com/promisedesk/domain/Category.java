package com.promisedesk.domain;

/** What kind of offering a capability is. */
public enum Category {
    PRODUCT, SERVICE, SUPPORT, DELIVERY, COMMERCIAL;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
