package com.promisedesk.server.console;

import java.util.List;

/**
 * What the approvals page shows an approver: the requests waiting for their role (oldest
 * first) and the settled ones. Text only; the template escapes all of it.
 *
 * @param flash   what the last decision did, or null
 * @param problem a decision the server refused, shown at its request, or null
 */
public record InboxView(String role, List<Item> waiting, List<Item> settled, String flash, Problem problem) {

    /**
     * One exception request as an approver reads it.
     *
     * @param line       "Line 6: 450 × Telematics box G3 (HW-BOX-G3) on Mon 14 Dec 2026"
     * @param deviations in numbers, e.g. "lead time 7 business days instead of 15"; may be empty
     * @param reasons    the checker's reasons for the line, as the rep's app gives them
     * @param age        how long it has waited, e.g. "3 days"
     * @param outcome    for a settled request: what became of it and what this role said
     */
    public record Item(String id, String rep, String customer, String title, String line, List<String> deviations,
                       List<String> reasons, String reasonsNote, String repReason, String age, String requestedOn,
                       int tier, List<Decision> decisions, String waitingFor, String outcome) {

        /** The id of the form field for this request's note, unique on the page. */
        public String noteId() {
            return "note-" + id;
        }
    }

    /** One role's decision so far. */
    public record Decision(String role, String approver, String decision, String note, String when) {
    }

    /** A refused decision: on which request, why, and the note as typed (so nothing typed is lost). */
    public record Problem(String requestId, String message, String note) {

        public boolean on(String id) {
            return requestId.equals(id);
        }
    }
}
