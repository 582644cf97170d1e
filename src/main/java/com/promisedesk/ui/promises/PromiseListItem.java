package com.promisedesk.ui.promises;

import com.promisedesk.domain.Verdict;
import java.util.UUID;

/** One row of the Promises screen, in words. {@code verdict} is the worst line's, from the checker. */
public record PromiseListItem(UUID id, String customer, String title, String status, String start,
                              Verdict verdict, String verdictText) {
}
