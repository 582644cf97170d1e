package com.promisedesk.ui.promises;

import com.promisedesk.ui.VerdictChip;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** Binds the Promises screen to its view model. */
public final class PromisesView {

    private final PromisesViewModel model;
    private final java.util.function.Consumer<java.util.UUID> open;
    private final Runnable draftNew;
    private java.util.function.Consumer<PromiseListItem> milestones = item -> { };
    private java.util.function.Consumer<PromiseListItem> notice = item -> { };

    @FXML private Label promiseSummary;
    @FXML private javafx.scene.control.Button newButton;
    @FXML private TableView<PromiseListItem> promiseTable;
    @FXML private VBox emptyState;
    @FXML private TableColumn<PromiseListItem, String> customerColumn;
    @FXML private TableColumn<PromiseListItem, String> titleColumn;
    @FXML private TableColumn<PromiseListItem, String> statusColumn;
    @FXML private TableColumn<PromiseListItem, String> startColumn;
    @FXML private TableColumn<PromiseListItem, PromiseListItem> verdictColumn;

    public PromisesView(PromisesViewModel model, java.util.function.Consumer<java.util.UUID> open, Runnable draftNew) {
        this.model = model;
        this.open = open;
        this.draftNew = draftNew;
    }

    /** What M does on the selected row: open its milestones (the area checks the promise is agreed). */
    public void onMilestones(java.util.function.Consumer<PromiseListItem> action) {
        this.milestones = action;
    }

    /** What N does on the selected row: open its customer notice (the area checks the promise is agreed). */
    public void onNotice(java.util.function.Consumer<PromiseListItem> action) {
        this.notice = action;
    }

    /** Where the keyboard goes when the screen is shown. */
    public javafx.scene.Node focusTarget() {
        return promiseTable;
    }

    @FXML
    private void initialize() {
        promiseSummary.textProperty().bind(model.summaryProperty());
        promiseTable.setOnKeyPressed(event -> {
            PromiseListItem selected = promiseTable.getSelectionModel().getSelectedItem();
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && selected != null) {
                open.accept(selected.id());
                event.consume();
            } else if (event.getCode() == javafx.scene.input.KeyCode.M && selected != null) {
                milestones.accept(selected);
                event.consume();
            } else if (event.getCode() == javafx.scene.input.KeyCode.N && !event.isShortcutDown() && selected != null) {
                notice.accept(selected);
                event.consume();
            }
        });
        promiseTable.setRowFactory(table -> {
            javafx.scene.control.TableRow<PromiseListItem> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().id());
                }
            });
            return row;
        });
        newButton.setOnAction(event -> draftNew.run());
        newButton.setTooltip(new javafx.scene.control.Tooltip("Draft a new promise (Ctrl+N)"));
        promiseTable.setItems(model.items());
        promiseTable.visibleProperty().bind(model.emptyProperty().not());
        emptyState.visibleProperty().bind(model.emptyProperty());
        customerColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().customer()));
        titleColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().title()));
        statusColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().status()));
        startColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().start()));
        verdictColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        verdictColumn.setCellFactory(column -> new TableCell<>() {
            private final VerdictChip chip = new VerdictChip();

            @Override
            protected void updateItem(PromiseListItem item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                if (isEmpty || item == null) {
                    setGraphic(null);
                } else {
                    chip.show(item.verdict(), item.verdictText());
                    setGraphic(chip);
                }
            }
        });
    }
}
