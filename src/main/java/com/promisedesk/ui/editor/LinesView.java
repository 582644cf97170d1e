package com.promisedesk.ui.editor;

import com.promisedesk.ui.VerdictChip;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

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

    /**
     * The capability picker's matches as a list laid over the editor just under the add-line
     * field, so the lines table keeps its size while the rep picks. The keyboard stays in the
     * field: ↓ and ↑ move the highlight, Enter adds the highlighted match, Esc closes the list.
     * The list is an overlay its parent does not lay out (unmanaged), placed here instead.
     */
    private static final class PickerList {

        /** The gap between the field and the list, from the spacing tokens. */
        private static final double GAP = 4;

        private final TextField field;
        private final ListView<LinePickerMatches.Match> list;
        private final LinePicker picker;

        private PickerList(TextField field, ListView<LinePickerMatches.Match> list, LinePicker picker) {
            this.field = field;
            this.list = list;
            this.picker = picker;
        }

        /**
         * Binds {@code list} (a child of an ancestor of {@code field}'s row) to {@code picker};
         * {@code add} gets the code of the capability the rep picked.
         */
        static void bind(TextField field, ListView<LinePickerMatches.Match> list, LinePicker picker, Consumer<String> add) {
            new PickerList(field, list, picker).bind(add);
        }

        private void bind(Consumer<String> add) {
            if (list.getParent() == null || list.getParent() != field.getParent().getParent()) {
                throw new IllegalStateException("the list of matches must be a sibling of the add-line field's row");
            }
            field.textProperty().bindBidirectional(picker.queryProperty());
            list.setItems(picker.matches());
            list.setCellFactory(view -> new PickerCell(add));
            list.setManaged(false);
            list.setViewOrder(-1); // drawn over the lines table, and first to get the mouse
            list.setFocusTraversable(false);
            list.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            list.visibleProperty().bind(picker.showingProperty().and(field.focusedProperty()));
            picker.highlightedProperty().addListener((o, was, now) -> highlight());
            picker.matches().addListener((javafx.collections.ListChangeListener<LinePickerMatches.Match>) change -> {
                highlight();
                place();
            });
            field.setOnAction(event -> picker.choose(field.getText(), add));
            field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
            for (Node moves : new Node[] {field, field.getParent()}) {
                moves.boundsInParentProperty().addListener((o, was, now) -> place());
            }
            list.fixedCellSizeProperty().addListener((o, was, now) -> place());
            list.insetsProperty().addListener((o, was, now) -> place());
            list.visibleProperty().addListener((o, was, now) -> place());
        }

        private void key(KeyEvent event) {
            boolean used = switch (event.getCode()) {
                case DOWN -> picker.move(1);
                case UP -> picker.move(-1);
                case ESCAPE -> picker.close();
                default -> false;
            };
            if (used) {
                event.consume();
            }
        }

        private void highlight() {
            int index = picker.highlightedProperty().get();
            if (index < list.getItems().size()) {
                list.getSelectionModel().clearAndSelect(index);
            }
        }

        /** Just under the field, as wide as it, tall enough for every match (at most {@link LinePicker#SHOWN}). */
        private void place() {
            Node row = field.getParent();
            Bounds at = field.getBoundsInParent();
            double rows = Math.min(list.getItems().size(), LinePicker.SHOWN);
            double cell = list.getFixedCellSize() > 0 ? list.getFixedCellSize() : 40;
            double height = rows * cell + list.getInsets().getTop() + list.getInsets().getBottom();
            list.setPrefSize(at.getWidth(), height);
            list.resizeRelocate(row.getBoundsInParent().getMinX() + at.getMinX(),
                    row.getBoundsInParent().getMinY() + at.getMaxY() + GAP, at.getWidth(), height);
        }
    }
}
