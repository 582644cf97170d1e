package com.promisedesk.domain;

/** How an expectation was read back to the customer. */
public enum ExpectationStatus {
    /** Not yet read back. */
    OPEN,
    /** The customer agreed we meet it as they said it. */
    CONFIRMED,
    /** Agreed in clarified wording; the original is kept. */
    CLARIFIED,
    /** We said plainly that we cannot meet it. */
    NOT_MET
}
