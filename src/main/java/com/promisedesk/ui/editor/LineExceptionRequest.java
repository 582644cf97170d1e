package com.promisedesk.ui.editor;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.check.PromiseCheck;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.ExceptionRequest;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.ExceptionRequests;
import com.promisedesk.ui.ScreenWords;
import com.promisedesk.ui.Threads;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The exception request of the editor's selected line: whether it may be requested, and
 * where its request stands ("Requested — waiting for sales-lead, product"). Read from and
 * written to SQLite in the background; what shows as requested is stored.
 */
public final class LineExceptionRequest {

    static final String EARLIER = "Request was for an earlier version of this line";

    private final EditorViewModel editor;
    private final ExceptionRequests requests;
    private final Threads threads;
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "");
    private final ReadOnlyBooleanWrapper canRequest = new ReadOnlyBooleanWrapper(this, "canRequest");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<ExceptionRequest.Decision> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    /** The line (promise id and index) the reason and the problem were written for. */
    private List<Object> line = List.of();

    public LineExceptionRequest(EditorViewModel editor, ExceptionRequests requests, Threads threads) {
        this.editor = editor;
        this.requests = requests;
        this.threads = threads;
        editor.lineDetailProperty().addListener((o, was, now) -> {
            forgetOnOtherLine();
            refresh();
        });
        refresh();
    }

    /** A reason typed, or a problem shown, for one line does not follow the rep to another. */
    private void forgetOnOtherLine() {
        Selected selected = selected();
        List<Object> now = selected == null ? List.of() : List.of(selected.promiseId(), selected.index());
        if (!now.equals(line)) {
            line = now;
            reason.set("");
            problem.set("");
        }
    }

    /** Reads the selected line's latest request again (after a sync, say). */
    public void refresh() {
        Selected selected = selected();
        if (selected == null) {
            show(null, Optional.empty());
            return;
        }
        threads.load(() -> requests.latest(selected.promiseId(), selected.index()), latest -> {
            if (selected.equals(selected())) {
                show(selected, latest);
            }
        }, failure -> {
            if (problem.get().isEmpty()) {  // a failed request's own message says more
                problem.set("Could not read the approval request: " + FailureWords.describe(failure));
            }
        });
    }

    /**
     * Requests approval for the selected line, as saved, with the rep's {@link #reasonProperty() reason}.
     * The reason is kept until the request is stored, so a failed one can be sent again as typed.
     *
     * @return whether the request went to be stored (false: nothing to request, or no reason given)
     */
    public boolean request() {
        Selected selected = selected();
        if (selected == null || !canRequest.get()) {
            return false;
        }
        String why = reason.get();
        if (why == null || why.isBlank()) {
            problem.set("Say why the customer needs it: the approvers read it.");
            return false;
        }
        problem.set("");
        canRequest.set(false);
        List<String> approvers = editor.catalog().policy().approvers(selected.tier());
        // Queued behind the editor's own save on the one background thread, so the stored line is the one shown.
        threads.load(() -> requests.request(selected.promiseId(), selected.index(), selected.tier(), approvers,
                why), made -> {
                    reason.set("");
                    editor.say("Approval requested; it goes to " + String.join(", ", made.approvers())
                            + " at the next sync");
                    refresh();
                }, failure -> {
                    problem.set("Not requested: " + FailureWords.describe(failure));
                    canRequest.set(selected.equals(selected()));  // nothing was stored: it may be sent again
                    refresh();
                });
        return true;
    }

    private void show(Selected selected, Optional<ExceptionRequest> latest) {
        boolean needsApproval = selected != null && selected.tier() != null;
        Optional<ExceptionRequest> covering = latest.filter(r -> selected != null
                && r.covers(selected.line(), selected.tier()));
        state.set(covering.map(LineExceptionRequest::words).orElse(needsApproval && latest.isPresent() ? EARLIER : ""));
        status.set(covering.map(ExceptionRequest::status).orElse(null));
        canRequest.set(needsApproval && covering.isEmpty());
        shown.set(needsApproval || covering.isPresent());
    }

    /** Where a request stands, in the words the rep reads. */
    static String words(ExceptionRequest r) {
        String decided = ScreenWords.decisions(r);
        return switch (r.status()) {
            case PENDING -> "Requested — waiting for " + String.join(", ", r.waitingFor())
                    + (decided.isEmpty() ? "" : "\n" + decided);
            case APPROVED, REJECTED -> decided;
        };
    }

    private Selected selected() {
        Promise promise = editor.promiseProperty().get();
        PromiseCheck check = editor.checkProperty().get();
        int index = editor.selectedLineProperty().get();
        if (promise == null || check == null || index < 0 || index >= promise.lines().size()) {
            return null;
        }
        Integer tier = check.approvalTiers().get(index);
        return new Selected(promise.id(), index, promise.lines().get(index), tier);
    }

    /** The selected line as judged now; tier null when it needs no approval. */
    private record Selected(java.util.UUID promiseId, int index, CommitmentLine line, Integer tier) {
    }

    /** The rep's reason for the request, as typed in the reason field. */
    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Whether "Request approval…" is offered: the line needs approval and no request covers it as it is. */
    public ReadOnlyBooleanProperty canRequestProperty() {
        return canRequest.getReadOnlyProperty();
    }

    /** Whether the approval part of the detail pane shows at all. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Where the request that covers the line stands; null when none covers it. */
    public ReadOnlyObjectProperty<ExceptionRequest.Decision> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What went wrong with the last request, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
