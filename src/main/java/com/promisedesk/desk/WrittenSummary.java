package com.promisedesk.desk;

import com.promisedesk.domain.Promise;
import com.promisedesk.export.Printing;
import com.promisedesk.export.Sender;
import com.promisedesk.export.Summary;
import com.promisedesk.export.SummaryBuilder;
import com.promisedesk.store.Judging;

/**
 * One written summary before it is laid out: the promise, what it is judged against, who
 * sends it, and what this printing knows beyond the promise (issue date, which is also T;
 * revision; lines approved and rejected; milestones). Made by {@link WrittenSummaries};
 * the app's preview window and every export build the customer's {@link Summary} from it.
 */
public record WrittenSummary(Promise promise, Judging judging, Sender sender, Printing printing) {

    /** The customer's summary: judged against the catalog and what everything else books, as of the issue date. */
    public Summary build() {
        return new SummaryBuilder(judging.catalog(), judging.bookingsAround(promise)).build(promise, sender, printing);
    }

    /** The same printing, issued as revision {@code number}. */
    public WrittenSummary numbered(int number) {
        return new WrittenSummary(promise, judging, sender, printing.withRevision(number));
    }
}
