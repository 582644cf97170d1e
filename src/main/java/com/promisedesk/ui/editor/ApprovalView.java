package com.promisedesk.ui.editor;

import com.promisedesk.domain.ExceptionRequest;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Binds the approval pane of the line's detail to {@link LineExceptionRequest}: the request's state in
 * words, "Request approval…" (its key is in {@link EditorKeys}), which opens the reason field
 * (Enter sends, Esc closes).
 */
public final class ApprovalView {

    private final LineExceptionRequest approval;
    private Runnable afterSent = () -> { };

    @FXML private VBox approvalBox;
    @FXML private Label approvalState;
    @FXML private Button requestButton;
    @FXML private VBox requestForm;
    @FXML private Label requestPrompt;
    @FXML private TextField approvalReason;
    @FXML private Button sendRequest;
    @FXML private Label approvalProblem;

    /** @param approval the selected line's exception request; null where there is no store (a warm-up) */
    ApprovalView(LineExceptionRequest approval) {
        this.approval = approval;
    }

    @FXML
    private void initialize() {
        if (approval == null) {
            show(approvalBox, false);
            return;
        }
        approvalBox.visibleProperty().bind(approval.shownProperty());
        approvalBox.managedProperty().bind(approval.shownProperty());
        approvalState.textProperty().bind(approval.stateProperty());
        approvalState.visibleProperty().bind(approval.stateProperty().isNotEmpty());
        approvalState.managedProperty().bind(approvalState.visibleProperty());
        requestButton.visibleProperty().bind(approval.canRequestProperty().and(requestForm.visibleProperty().not()));
        requestButton.managedProperty().bind(requestButton.visibleProperty());
        requestButton.setMinWidth(Region.USE_PREF_SIZE);
        requestPrompt.setLabelFor(approvalReason);
        approval.statusProperty().addListener((o, was, now) -> tone(now));
        tone(approval.statusProperty().get());
        approvalProblem.textProperty().bind(approval.problemProperty());
        approvalProblem.visibleProperty().bind(approval.problemProperty().isNotEmpty());
        approvalProblem.managedProperty().bind(approvalProblem.visibleProperty());
        show(requestForm, false);
        approval.canRequestProperty().addListener((o, was, now) -> {
            if (!now) {
                show(requestForm, false);
            }
        });
        requestButton.setOnAction(event -> {
            show(requestForm, true);
            approvalReason.requestFocus();
        });
        approvalReason.textProperty().bindBidirectional(approval.reasonProperty());
        sendRequest.setOnAction(event -> submit());
        approvalReason.setOnAction(event -> submit());
        // The editor leaves Esc to the open form: it closes the form before it means "back to the promises".
        requestForm.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
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

    private void submit() {
        if (approval.request()) {
            show(requestForm, false);
            afterSent.run();
        }
    }

    /** Closes the reason field (Esc) and puts the focus back on "Request approval…". */
    private void close() {
        show(requestForm, false);
        requestButton.requestFocus();
    }

    /** Approved reads green, rejected red, the rest amber: words first, colour second. */
    private void tone(ExceptionRequest.Decision status) {
        approvalBox.getStyleClass().removeAll("approval-approved", "approval-rejected");
        if (status == ExceptionRequest.Decision.APPROVED) {
            approvalBox.getStyleClass().add("approval-approved");
        } else if (status == ExceptionRequest.Decision.REJECTED) {
            approvalBox.getStyleClass().add("approval-rejected");
        }
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
