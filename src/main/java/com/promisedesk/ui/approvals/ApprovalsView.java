package com.promisedesk.ui.approvals;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import java.util.function.Function;

/** Binds the Approvals screen: the rep's requests as a table, or the empty state when there are none. */
public final class ApprovalsView {

    private final ApprovalsViewModel model;

    @FXML private Label message;
    @FXML private TableView<ApprovalsViewModel.Row> table;
    @FXML private TableColumn<ApprovalsViewModel.Row, String> customerColumn;
    @FXML private TableColumn<ApprovalsViewModel.Row, String> lineColumn;
    @FXML private TableColumn<ApprovalsViewModel.Row, String> tierColumn;
    @FXML private TableColumn<ApprovalsViewModel.Row, String> statusColumn;
    @FXML private TableColumn<ApprovalsViewModel.Row, String> waitingColumn;
    @FXML private TableColumn<ApprovalsViewModel.Row, String> notesColumn;
    @FXML private VBox emptyState;

    public ApprovalsView(ApprovalsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        table.setItems(model.rows());
        text(customerColumn, row -> row.customer() + "\n" + row.promise());
        text(lineColumn, ApprovalsViewModel.Row::line);
        text(tierColumn, ApprovalsViewModel.Row::tier);
        text(statusColumn, ApprovalsViewModel.Row::status);
        text(waitingColumn, ApprovalsViewModel.Row::waitingFor);
        text(notesColumn, ApprovalsViewModel.Row::notes);
        message.textProperty().bind(model.messageProperty());
        var empty = Bindings.isEmpty(model.rows());
        emptyState.visibleProperty().bind(empty);
        emptyState.managedProperty().bind(empty);
        table.visibleProperty().bind(empty.not());
        table.managedProperty().bind(empty.not());
    }

    private static void text(TableColumn<ApprovalsViewModel.Row, String> column,
                             Function<ApprovalsViewModel.Row, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        // Notes and lines wrap: the row grows rather than hiding what an approver wrote.
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
                text.getStyleClass().add("table-text");
                setGraphic(text);
                setPrefHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
            }
        });
    }

    /** Where the keyboard goes when the screen is shown. */
    public Node focusTarget() {
        return table;
    }
}
