package com.promisedesk.ui.readback;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The customer-facing read-back: one item at a time in large type. Keys: Enter confirmed,
 * L clarified (type the agreed wording, Enter), N not met, ← → move, Esc back to the editor.
 * After the last item the customer types their name and confirms with Enter.
 */
public final class ReadBackView {

    private final ReadBackViewModel model;
    private final String customerName;
    private final Runnable leave;

    @FXML private VBox root;
    @FXML private Label customer;
    @FXML private Label progress;
    @FXML private Label stillOpen;
    @FXML private Button leaveButton;
    @FXML private Label heading;
    @FXML private Label quote;
    @FXML private Label detail;
    @FXML private Label mark;
    @FXML private TextField wording;
    @FXML private Button previousButton;
    @FXML private Button confirmButton;
    @FXML private Button clarifyButton;
    @FXML private Button notMetButton;
    @FXML private Button nextButton;
    @FXML private HBox nameRow;
    @FXML private TextField nameField;
    @FXML private Button confirmNameButton;
    @FXML private Label confirmationSaid;

    public ReadBackView(ReadBackViewModel model, String customerName, Runnable leave) {
        this.model = model;
        this.customerName = customerName;
        this.leave = leave;
    }

    @FXML
    private void initialize() {
        customer.setText(customerName);
        progress.textProperty().bind(model.progressProperty());
        stillOpen.textProperty().bind(model.stillOpenProperty());
        leaveButton.setText(model.label("readback.button.done"));
        previousButton.setText(model.label("readback.button.previous"));
        confirmButton.setText(model.label("readback.button.confirm"));
        clarifyButton.setText(model.label("readback.button.clarify"));
        notMetButton.setText(model.label("readback.button.notMet"));
        nextButton.setText(model.label("readback.button.next"));
        wording.setPromptText(model.label("readback.wordingPrompt"));
        ReadBackConfirmation confirmation = model.confirmation();
        nameField.setPromptText(confirmation.label("readback.confirm.namePrompt"));
        nameField.setAccessibleText(confirmation.label("readback.confirm.namePrompt"));
        confirmNameButton.setText(confirmation.label("readback.confirm.button"));
        confirmationSaid.textProperty().bind(confirmation.saidProperty());
        confirmationSaid.visibleProperty().bind(confirmation.saidProperty().isNotEmpty().and(model.confirmingProperty()));
        confirmationSaid.managedProperty().bind(confirmationSaid.visibleProperty());
        // Set before what is said, so the words show in the colour of what happened to them.
        confirmation.saidProperty().addListener((o, was, now) -> confirmationSaid.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("refused"), !confirmation.confirmedProperty().get()));
        nameField.setOnAction(event -> confirmation.confirm(nameField.getText()));
        confirmNameButton.setOnAction(event -> confirmation.confirm(nameField.getText()));
        model.currentProperty().addListener((o, was, now) -> show(now));
        model.confirmingProperty().addListener((o, was, now) -> show(model.currentProperty().get()));
        show(model.currentProperty().get());
        leaveButton.setOnAction(event -> leave.run());
        previousButton.setOnAction(event -> model.previous());
        nextButton.setOnAction(event -> model.next());
        confirmButton.setOnAction(event -> model.confirm());
        clarifyButton.setOnAction(event -> startClarifying());
        notMetButton.setOnAction(event -> model.notMet());
        wording.setOnAction(event -> {
            model.clarify(wording.getText());
            stopClarifying();
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** Where the keyboard goes when the read-back opens. */
    public javafx.scene.Node focusTarget() {
        return root;
    }

    private void key(KeyEvent event) {
        if (wording.isFocused() || nameField.isFocused()) {
            if (event.getCode() == KeyCode.ESCAPE) {
                stopClarifying();
                event.consume();
            }
            return;
        }
        if (model.confirmingProperty().get() && event.getCode() == KeyCode.ENTER) {
            nameField.requestFocus();
            event.consume();
            return;
        }
        boolean expectation = model.currentProperty().get() != null && model.currentProperty().get().isExpectation();
        switch (event.getCode()) {
            case ENTER -> {
                if (expectation) {
                    model.confirm();
                } else {
                    model.next();
                }
            }
            case L -> {
                if (expectation) {
                    startClarifying();
                }
            }
            case N -> {
                if (expectation) {
                    model.notMet();
                }
            }
            case RIGHT -> model.next();
            case LEFT -> model.previous();
            case ESCAPE -> leave.run();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void startClarifying() {
        ReadBackItem item = model.currentProperty().get();
        if (item == null || !item.isExpectation()) {
            return;
        }
        wording.setText(model.saidIn(item));
        wording.setVisible(true);
        wording.setManaged(true);
        wording.requestFocus();
        wording.selectAll();
    }

    private void stopClarifying() {
        wording.setVisible(false);
        wording.setManaged(false);
        root.requestFocus();
    }

    private void show(ReadBackItem item) {
        boolean confirming = model.confirmingProperty().get();
        boolean expectation = !confirming && item != null && item.isExpectation();
        if (confirming) {
            heading.setText(model.label("readback.confirm.heading"));
            quote.setText(model.label("readback.confirm.question"));
            detail.setText(model.label("readback.confirm.explain"));
        } else {
            heading.setText(item == null ? "" : item.heading());
            quote.setText(item == null ? model.label("readback.nothing") : item.quote());
            detail.setText(item == null ? "" : item.detail());
        }
        mark.setText(confirming ? "" : model.markLine(item));
        confirmButton.setDisable(!expectation);
        clarifyButton.setDisable(!expectation);
        notMetButton.setDisable(!expectation);
        nextButton.setDisable(confirming);
        // At the end only the name and its button speak: the marks of an expectation would be a second "Confirm".
        for (Button choice : new Button[] {confirmButton, clarifyButton, notMetButton, nextButton}) {
            choice.setVisible(!confirming);
        }
        nameRow.setVisible(confirming);
        nameRow.setManaged(confirming);
        stopClarifying();
        if (confirming) {
            nameField.requestFocus();
        }
    }
}
