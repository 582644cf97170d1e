package com.promisedesk.domain;

/** Which direction of a term's number is the better service for the customer. */
public enum Better {
    /** e.g. response hours: fewer is better. */
    LOWER,
    /** e.g. uptime percent: more is better. */
    HIGHER
}
