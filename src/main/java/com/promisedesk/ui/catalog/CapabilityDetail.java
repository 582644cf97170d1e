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

    /** One line of the detail pane. */
    public record Fact(String label, String value) {
    }
}
