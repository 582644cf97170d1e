package com.promisedesk.ui.readback;

/**
 * One step of the read-back, customer-facing: nothing internal (no tier, approver, owner,
 * capacity) appears here.
 *
 * @param expectation index of the expectation this step reads back, or -1 for a commitment
 * @param heading     "You told us" / "We will deliver" / "We will confirm"
 * @param quote       the customer's words or what we promise, shown large
 * @param detail      the date and other plain facts, or the agreed wording
 * @param mark        how the expectation was marked ("Confirmed", …), or "" for a commitment
 */
public record ReadBackItem(int expectation, String heading, String quote, String detail, String mark) {

    public boolean isExpectation() {
        return expectation >= 0;
    }
}
