package com.promisedesk.ui.approvals;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.check.Wording;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.ExceptionRequest;
import com.promisedesk.store.ExceptionRequests;
import com.promisedesk.ui.ScreenWords;
import com.promisedesk.ui.Threads;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** This rep's exception requests, newest first, read from the local store in the background. */
public final class ApprovalsViewModel {

    /** One request as a row of the screen. */
    public record Row(String customer, String promise, String line, String tier, String status, String waitingFor,
                      String notes) {
    }

    private final ExceptionRequests requests;
    private final Threads threads;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ApprovalsViewModel(ExceptionRequests requests, Threads threads) {
        this.requests = requests;
        this.threads = threads;
    }

    /** Reads the requests again: on showing the screen, after a sync. */
    public void refresh() {
        threads.load(requests::all, all -> {
            rows.setAll(all.stream().map(ApprovalsViewModel::row).toList());
            long waiting = all.stream().filter(l -> l.request().status() == ExceptionRequest.Decision.PENDING).count();
            message.set(all.isEmpty() ? "" : waiting + " of " + all.size() + " waiting for a decision; decisions"
                    + " arrive when you sync (F9)");
        }, failure -> message.set("Could not read the exception requests: " + FailureWords.describe(failure)));
    }

    static Row row(ExceptionRequests.Listed listed) {
        ExceptionRequest r = listed.request();
        CommitmentLine l = r.requested();
        String what = (l.isBespoke() ? l.bespoke() : l.capability()) + " × " + l.quantity()
                + (l.date() == null ? "" : " · " + Wording.date(l.date()));
        String status = switch (r.status()) {
            case PENDING -> "Pending";
            case APPROVED -> "Approved";
            case REJECTED -> "Rejected";
        };
        List<String> waiting = r.status() == ExceptionRequest.Decision.PENDING ? r.waitingFor() : List.of();
        String notes = ScreenWords.decisions(r);
        return new Row(listed.customer() == null ? "(promise not on this device)" : listed.customer(),
                listed.title() == null ? "" : listed.title(), "Line " + (r.line() + 1) + " · " + what,
                String.valueOf(r.tier()), status, String.join(", ", waiting), notes);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
