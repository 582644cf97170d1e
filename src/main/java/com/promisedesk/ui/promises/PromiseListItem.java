package com.promisedesk.ui.promises;

import com.promisedesk.domain.Verdict;
import java.util.UUID;

/**
 * One row of the Promises screen, in words. {@code verdict} is the worst line's, from the checker;
 * {@code record} the customer's promise-keeping record ("2 of 3 kept (67%)"), empty while none of
 * their promises has ended.
 */
public record PromiseListItem(UUID id, String customer, String title, String status, String start,
                              Verdict verdict, String verdictText, String record) {

    public PromiseListItem(UUID id, String customer, String title, String status, String start, Verdict verdict,
                           String verdictText) {
        this(id, customer, title, status, start, verdict, verdictText, "");
    }

    /** The customer column: the name, and the record beside it. */
    public String customerWithRecord() {
        return record.isEmpty() ? customer : customer + "  ·  " + record;
    }
}
