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
        title.setText("Milestones · " + heading);
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
        backButton.setOnAction(event -> back.run());
        milestoneList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.SPACE) {
                toggleSelected();
                event.consume();
            }
        });
        // A filter: the list would take Escape for itself before a handler here heard it.
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                back.run();
                event.consume();
            }
        });
        model.refresh();
    }

    private void toggleSelected() {
        MilestonesViewModel.Item selected = milestoneList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.toggle(selected.number());
        }
    }
}
