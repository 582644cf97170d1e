package com.promisedesk.ui.editor;

import com.promisedesk.check.LeadTimeLadder;
import com.promisedesk.domain.Verdict;
import java.time.LocalDate;
import java.util.List;

/**
 * The selected line, as the detail pane shows it: what can be edited and why it is judged
 * as it is.
 *
 * @param capability   the capability code, or {@code null} for a bespoke line
 * @param suggestion   the honest suggestion in words, or {@code null} when there is nothing to change
 * @param needsReason  an under-promise kept without a reason: it blocks agreement
 * @param ladder       the lead-time ladder (without bands for a capability without a lead time), or
 *                     {@code null} for a bespoke line
 */
public record LineDetail(int index, String title, String capability, String bespoke, int quantity, LocalDate date,
                         String dateText, List<TermField> terms, Verdict verdict, String chip, List<String> reasons,
                         String suggestion, boolean needsReason, String underPromiseReason, LeadTimeLadder ladder,
                         LocalDate suggestedDate) {

    public LineDetail {
        terms = List.copyOf(terms);
        reasons = List.copyOf(reasons);
    }

    /** One promised term with its standard value. */
    public record TermField(String key, String label, String unit, String value, String standard) {
    }
}
