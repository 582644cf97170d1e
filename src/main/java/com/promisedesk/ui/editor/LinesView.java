package com.promisedesk.ui.editor;

import com.promisedesk.ui.VerdictChip;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * Binds the editor's lines pane to {@link LinesViewModel}: the add-line field with the
 * picker's matches laid over the table, and the lines table, whose chosen row is the line the
 * detail pane shows. The lists and the detail sit under the table, each its own pane.
 */
public final class LinesView {

    private final LinesViewModel model;

    @FXML private TextField addLineField;
    @FXML private Button bespokeButton;
    @FXML private ListView<LinePickerMatches.Match> suggestionList;
    @FXML private TableView<LineItem> lineTable;
    @FXML private TableColumn<LineItem, String> numberColumn;
    @FXML private TableColumn<LineItem, String> whatColumn;
    @FXML private TableColumn<LineItem, String> quantityColumn;
    @FXML private TableColumn<LineItem, String> dateColumn;
    @FXML private TableColumn<LineItem, LineItem> verdictColumn;

    LinesView(LinesViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        PickerList.bind(addLineField, suggestionList, model.picker(), this::addLine);
        bespokeButton.setOnAction(event -> {
            if (model.addBespoke(addLineField.getText())) {
                addLineField.clear();
            }
        });
        numberColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(String.valueOf(row.getValue().number())));
        whatColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(LinesViewModel.what(row.getValue())));
        quantityColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().quantity()));
        dateColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().date()));
        verdictColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        verdictColumn.setCellFactory(column -> new VerdictCell());
        lineTable.setItems(model.lines());
        lineTable.setPlaceholder(new Label("No lines yet — type a capability above (Ctrl+L) and press Enter."));
        lineTable.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                model.selectedLineProperty().set(now.intValue());
            }
        });
        if (model.selectedLineProperty().get() >= 0) {
            lineTable.getSelectionModel().clearAndSelect(model.selectedLineProperty().get());
        }
        model.selectedLineProperty().addListener((o, was, now) -> {
            if (lineTable.getSelectionModel().getSelectedIndex() != now.intValue()) {
                lineTable.getSelectionModel().clearAndSelect(now.intValue());
                lineTable.scrollTo(now.intValue());
            }
        });
    }

    /** Where the keyboard goes when the editor opens: the add-line field while there are no lines. */
    Node focusTarget() {
        return model.noLines() ? addLineField : lineTable;
    }

    /** Back to the lines (once a request for approval is sent, so the rep carries on with the next line). */
    void focusLines() {
        lineTable.requestFocus();
    }

    private void addLine(String code) {
        if (model.addCapability(code, addLineField.getText())) {
            addLineField.clear();
            addLineField.requestFocus();
        }
    }

    /** The verdict chip of a line, with the reasons on hover. */
    private static final class VerdictCell extends TableCell<LineItem, LineItem> {
        private final VerdictChip chip = new VerdictChip();

        @Override
        protected void updateItem(LineItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
            } else {
                chip.show(item.verdict(), item.chip());
                setGraphic(chip);
                setTooltip(new Tooltip(item.reasons()));
            }
        }
    }
}
