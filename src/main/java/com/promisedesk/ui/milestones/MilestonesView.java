package com.promisedesk.ui.milestones;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/** Binds the Milestones section of one promise to its view model; Escape or Back returns to the list. */
public final class MilestonesView {

    private final MilestonesViewModel model;
    private final String heading;
    private final Runnable back;

    @FXML private javafx.scene.layout.VBox root;
    @FXML private Label title;
    @FXML private Label message;
    @FXML private ListView<MilestonesViewModel.Item> milestoneList;
    @FXML private TextField textField;
    @FXML private TextField dueField;
    @FXML private Button addButton;
    @FXML private Button doneButton;
    @FXML private Button backButton;
    @FXML private ListView<MilestonesViewModel.Item> proposalList;
    @FXML private Button keepButton;
    @FXML private javafx.scene.layout.VBox proposalBox;

    /** @param back what Escape and Back do; null when the section is part of the Delivery screen, which goes back itself */
    public MilestonesView(MilestonesViewModel model, String heading, Runnable back) {
        this.model = model;
        this.heading = heading;
        this.back = back;
    }

    /** Where the keyboard goes when the section is shown. */
    public Node focusTarget() {
        return milestoneList;
    }

    @FXML
    private void initialize() {
        title.setText(back == null ? "Milestones" : "Milestones · " + heading);
        message.textProperty().bind(model.messageProperty());
        milestoneList.setItems(model.items());
        milestoneList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MilestonesViewModel.Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.number() + ".  " + (item.done() ? "Done" : "Open") + "  ·  due "
                        + item.due() + "  ·  " + item.text());
            }
        });
        textField.textProperty().bindBidirectional(model.newTextProperty());
        dueField.textProperty().bindBidirectional(model.newDueProperty());
        for (Node editing : new Node[] {textField, dueField, addButton, doneButton}) {
            editing.disableProperty().bind(model.editableProperty().not());
        }
        addButton.setOnAction(event -> model.add());
        doneButton.setOnAction(event -> toggleSelected());
        showProposals();
        milestoneList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.SPACE) {
                toggleSelected();
                event.consume();
            }
        });
        if (back == null) {
            backButton.setVisible(false);
            backButton.setManaged(false);
            model.refresh();
            return;
        }
        backButton.setOnAction(event -> back.run());
        // A filter: the list would take Escape for itself before a handler here heard it.
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                back.run();
                event.consume();
            }
        });
        model.refresh();
    }

    /** The proposal: Enter copies the selected one into the fields, Keep all (Ctrl+K on the Delivery screen) keeps them all. */
    private void showProposals() {
        proposalList.setItems(model.proposals());
        proposalList.setCellFactory(milestoneList.getCellFactory());
        proposalBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.proposals()));
        proposalBox.managedProperty().bind(proposalBox.visibleProperty());
        keepButton.disableProperty().bind(model.editableProperty().not());
        keepButton.setOnAction(event -> model.keepProposals());
        proposalList.setOnKeyPressed(event -> {
            MilestonesViewModel.Item selected = proposalList.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                model.copyProposal(selected.number());
                textField.requestFocus();
                event.consume();
            }
        });
    }

    /** Ctrl+K, wherever the keyboard is on the screen that holds this section: keep every proposed milestone. */
    void keepProposals() {
        model.keepProposals();
    }

    private void toggleSelected() {
        MilestonesViewModel.Item selected = milestoneList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.toggle(selected.number());
        }
    }
}
