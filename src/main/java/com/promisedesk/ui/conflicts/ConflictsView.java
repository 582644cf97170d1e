package com.promisedesk.ui.conflicts;

import com.promisedesk.sync.ConflictFields;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Binds the Conflicts screen to its view model: the list, the base / theirs / yours table and the Resolve button. */
public final class ConflictsView {

    private final ConflictsViewModel model;

    @FXML private Label conflictMessage;
    @FXML private SplitPane conflictPanes;
    @FXML private ListView<ConflictItem> conflictList;
    @FXML private TableView<FieldChoice> fieldTable;
    @FXML private TableColumn<FieldChoice, String> fieldColumn;
    @FXML private TableColumn<FieldChoice, String> baseColumn;
    @FXML private TableColumn<FieldChoice, String> theirsColumn;
    @FXML private TableColumn<FieldChoice, String> yoursColumn;
    @FXML private TableColumn<FieldChoice, FieldChoice> pickColumn;
    @FXML private Button resolveButton;

    public ConflictsView(ConflictsViewModel model) {
        this.model = model;
    }

    /** Where the keyboard goes when the screen is shown. */
    public javafx.scene.Node focusTarget() {
        return conflictList;
    }

    @FXML
    private void initialize() {
        conflictMessage.textProperty().bind(model.messageProperty());
        conflictList.setItems(model.conflicts());
        // With nothing to resolve, the message says so and the empty panes stay out of the way.
        conflictPanes.visibleProperty().bind(Bindings.isNotEmpty(model.conflicts()));
        conflictPanes.managedProperty().bind(conflictPanes.visibleProperty());
        conflictList.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> model.select(item));
        fieldTable.setItems(model.fields());
        fieldColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        baseColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                row.getValue().base() == null ? "(new)" : row.getValue().base()));
        theirsColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().theirs()));
        yoursColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().yours()));
        pickColumn.setCellValueFactory(row -> new javafx.beans.property.ReadOnlyObjectWrapper<>(row.getValue()));
        pickColumn.setCellFactory(column -> new TableCell<>() {
            private final ChoiceBox<ConflictFields.Side> choice =
                    new ChoiceBox<>(FXCollections.observableArrayList(ConflictFields.Side.values()));
            private FieldChoice bound;

            @Override
            protected void updateItem(FieldChoice row, boolean empty) {
                super.updateItem(row, empty);
                if (bound != null) {
                    choice.valueProperty().unbindBidirectional(bound.pickProperty());
                    bound = null;
                }
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                choice.valueProperty().bindBidirectional(row.pickProperty());
                bound = row;
                setGraphic(choice);
            }
        });
        resolveButton.disableProperty().bind(model.canResolveProperty().not());
        resolveButton.setOnAction(event -> model.resolve());
        model.refresh();
    }
}
