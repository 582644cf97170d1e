package com.promisedesk.check;

import com.promisedesk.domain.ExpectationStatus;

/** How an expectation stands, in the words the rep reads on every screen. */
public final class ExpectationWords {

    private ExpectationWords() {
    }

    public static String status(ExpectationStatus status) {
        return switch (status) {
            case OPEN -> "Not read back yet";
            case CONFIRMED -> "Confirmed";
            case CLARIFIED -> "Clarified";
            case NOT_MET -> "Not met";
        };
    }
}
