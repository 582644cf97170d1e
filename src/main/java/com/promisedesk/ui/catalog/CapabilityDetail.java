package com.promisedesk.ui.catalog;

import java.util.List;

/**
 * What the detail pane shows of one capability, already in words. This is the rep's
 * view, so it may name tiers and approvers; nothing here is shown to a customer.
 *
 * @param facts label/value pairs in reading order
 */
public record CapabilityDetail(String code, String name, String summary, String status, String category,
                               List<Fact> facts) {

    /** One entry of the detail pane: a label and its rungs (one for a plain value, several for a ladder). */
    public record Fact(String label, List<Rung> rungs) {

        public Fact {
            rungs = List.copyOf(rungs);
        }

        static Fact plain(String label, String value) {
            return new Fact(label, List.of(new Rung(value, null)));
        }

        /** All rungs as one sentence per line, for screen readers and tests. */
        public String text() {
            return String.join("\n", rungs.stream().map(Rung::text).toList());
        }
    }

    /** One step of a ladder: the value ("20 business days") and what it takes ("tier 2: sales-lead, product"). */
    public record Rung(String value, String note) {

        public String text() {
            return note == null ? value : value + " (" + note + ")";
        }
    }
}
