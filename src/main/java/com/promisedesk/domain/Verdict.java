package com.promisedesk.domain;

/** The checker's judgement of a line, from best to worst; later constants are worse. */
public enum Verdict {
    STANDARD("Standard"),
    UNDER_PROMISE("Under-promise"),
    NEEDS_APPROVAL("Needs approval"),
    NOT_DELIVERABLE("Not deliverable");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The words on the verdict chip. */
    public String label() {
        return label;
    }
}
