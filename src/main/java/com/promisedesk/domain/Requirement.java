package com.promisedesk.domain;

/** Something that must be in place a number of business days before a line's date. */
public sealed interface Requirement {

    /** Business days before the line's date by which the requirement must be met. */
    int before();

    /** Another capability, delivered at least {@code before} business days earlier. */
    record OnCapability(String capability, int before) implements Requirement {
        public OnCapability {
            capability = Require.text(capability, "capability");
            Require.atLeast(before, 0, "before");
        }
    }

    /** Something the customer must supply; becomes a responsibility of the promise. */
    record OnCustomer(String what, int before) implements Requirement {
        public OnCustomer {
            what = Require.text(what, "customer");
            Require.atLeast(before, 0, "before");
        }
    }
}
