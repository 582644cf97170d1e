package com.promisedesk.ui.editor;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * Binds the approval part of the line's detail pane: the request's state in words,
 * "Request approval…" (its key is in {@link EditorKeys}), which opens the reason field (Enter sends, Esc closes).
 */
final class ApprovalForm {

    private final LineApproval approval;
    private final Button request;
    private final VBox form;
    private Runnable afterSent = () -> { };

    ApprovalForm(LineApproval approval, VBox box, Label state, Button request, VBox form, Label prompt,
                 TextField reason, Button send, Label problem) {
        this.approval = approval;
        this.request = request;
        this.form = form;
        if (approval == null) {
            show(box, false);
            return;
        }
        box.visibleProperty().bind(approval.shownProperty());
        box.managedProperty().bind(approval.shownProperty());
        state.textProperty().bind(approval.stateProperty());
        state.visibleProperty().bind(approval.stateProperty().isNotEmpty());
        state.managedProperty().bind(state.visibleProperty());
        request.visibleProperty().bind(approval.canRequestProperty().and(form.visibleProperty().not()));
        request.managedProperty().bind(request.visibleProperty());
        request.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        prompt.setLabelFor(reason);
        approval.statusProperty().addListener((o, was, now) -> tone(box, now));
        tone(box, approval.statusProperty().get());
        problem.textProperty().bind(approval.problemProperty());
        problem.visibleProperty().bind(approval.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        show(form, false);
        approval.canRequestProperty().addListener((o, was, now) -> {
            if (!now) {
                show(form, false);
            }
        });
        request.setOnAction(event -> {
            show(form, true);
            reason.requestFocus();
        });
        reason.textProperty().bindBidirectional(approval.reasonProperty());
        Runnable submit = () -> {
            if (approval.request()) {
                show(form, false);
                afterSent.run();
            }
        };
        send.setOnAction(event -> submit.run());
        reason.setOnAction(event -> submit.run());
        // The editor leaves Esc to the open form: it closes the form before it means "back to the promises".
        form.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                close();
                event.consume();
            }
        });
    }

    /** Where the keyboard goes once a request is sent (the field it was in is hidden then). */
    void onSent(Runnable action) {
        afterSent = action;
    }

    /** Closes the reason field (Esc) and puts the focus back on "Request approval…". */
    private void close() {
        show(form, false);
        request.requestFocus();
    }

    /** Approved reads green, rejected red, the rest amber: words first, colour second. */
    private static void tone(VBox box, com.promisedesk.domain.ExceptionRequest.Decision status) {
        box.getStyleClass().removeAll("approval-approved", "approval-rejected");
        if (status == com.promisedesk.domain.ExceptionRequest.Decision.APPROVED) {
            box.getStyleClass().add("approval-approved");
        } else if (status == com.promisedesk.domain.ExceptionRequest.Decision.REJECTED) {
            box.getStyleClass().add("approval-rejected");
        }
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
