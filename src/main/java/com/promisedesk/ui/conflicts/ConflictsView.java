package com.promisedesk.ui.conflicts;

import com.promisedesk.sync.ConflictFields.Side;
import com.promisedesk.sync.ConflictWords;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * Binds the Conflicts screen to its view model: the list, the base / theirs / yours table
 * (the fields the two sides disagree on, those the rep must decide flagged; the others on
 * request, muted) and the Resolve button. With a field selected, T, Y or B takes theirs,
 * yours or base.
 */
public final class ConflictsView {

    private static final StringConverter<Side> SIDE_WORDS = new StringConverter<>() {
        @Override
        public String toString(Side side) {
            return side == null ? "" : switch (side) {
                case BASE -> "Base";
                case THEIRS -> "Theirs";
                case YOURS -> "Yours";
            };
        }

        @Override
        public Side fromString(String words) {
            throw new UnsupportedOperationException("picked from the list only");
        }
    };

    private final ConflictsViewModel model;

    @FXML private Label conflictMessage;
    @FXML private SplitPane conflictPanes;
    @FXML private ListView<ConflictItem> conflictList;
    @FXML private TableView<FieldChoice> fieldTable;
    @FXML private TableColumn<FieldChoice, FieldChoice> fieldColumn;
    @FXML private TableColumn<FieldChoice, List<ConflictWords.Item>> baseColumn;
    @FXML private TableColumn<FieldChoice, List<ConflictWords.Item>> theirsColumn;
    @FXML private TableColumn<FieldChoice, List<ConflictWords.Item>> yoursColumn;
    @FXML private TableColumn<FieldChoice, FieldChoice> pickColumn;
    @FXML private Button resolveButton;
    @FXML private CheckBox showSame;

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
        conflictList.setCellFactory(list -> new ConflictCell());
        // With nothing to resolve, the message says so and the empty panes stay out of the way.
        conflictPanes.visibleProperty().bind(Bindings.isNotEmpty(model.conflicts()));
        conflictPanes.managedProperty().bind(conflictPanes.visibleProperty());
        conflictList.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null) {
                model.select(item);
            }
        });
        model.selectedItemProperty().addListener((o, old, item) -> conflictList.getSelectionModel().select(item));
        fieldTable.setItems(model.shownFields());
        showSame.selectedProperty().bindBidirectional(model.showSameProperty());
        showSame.textProperty().bind(model.showSameText());
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.emptyTableText());
        fieldTable.setPlaceholder(placeholder);
        fieldTable.setRowFactory(table -> new FieldRow());
        fieldColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        fieldColumn.setCellFactory(column -> new FieldNameCell());
        baseColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().baseItems()));
        theirsColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().theirsItems()));
        yoursColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().yoursItems()));
        for (TableColumn<FieldChoice, List<ConflictWords.Item>> column : List.of(baseColumn, theirsColumn, yoursColumn)) {
            column.setCellFactory(ValueCell::new);
        }
        pickColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        pickColumn.setCellFactory(column -> new PickCell());
        fieldTable.setTooltip(new Tooltip("T, Y or B takes theirs, yours or base for the selected field"));
        fieldTable.setOnKeyPressed(event -> {
            Side side = sideOf(event.getCode());
            FieldChoice row = fieldTable.getSelectionModel().getSelectedItem();
            if (side != null && row != null) {
                model.take(row, side);
                event.consume();
            }
        });
        resolveButton.disableProperty().bind(model.canResolveProperty().not());
        resolveButton.setOnAction(event -> model.resolve());
        model.refresh();
    }

    private static Side sideOf(KeyCode key) {
        return switch (key) {
            case T -> Side.THEIRS;
            case Y -> Side.YOURS;
            case B -> Side.BASE;
            default -> null;
        };
    }

    /** A conflict: its promise, and the fields the two sides disagree on. */
    private static final class ConflictCell extends ListCell<ConflictItem> {
        @Override
        protected void updateItem(ConflictItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(item.title());
            title.getStyleClass().add("strong");
            title.setWrapText(true);
            Label who = new Label(item.customer() + (item.resolving() ? " · resolved, sent with the next sync" : ""));
            who.getStyleClass().addAll("small", "muted");
            who.setWrapText(true);
            Label differs = new Label("Differs in: " + item.differs());
            differs.getStyleClass().addAll("small", "muted");
            differs.setWrapText(true);
            setGraphic(new VBox(2, title, who, differs));
            setPrefWidth(0);  // the list's width, not the text, decides: long titles wrap, no sideways scrolling
        }
    }

    /** Muted where both sides agree, flagged where the rep must decide. */
    private static final class FieldRow extends TableRow<FieldChoice> {
        @Override
        protected void updateItem(FieldChoice row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("field-same", "field-to-decide");
            if (!empty && row != null && !row.differs()) {
                getStyleClass().add("field-same");
            } else if (!empty && row != null && row.toDecide()) {
                getStyleClass().add("field-to-decide");
            }
        }
    }

    /** The field's name over what happened to it since base. */
    private static final class FieldNameCell extends TableCell<FieldChoice, FieldChoice> {
        @Override
        protected void updateItem(FieldChoice row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label change = new Label(row.change());
            change.getStyleClass().addAll("small", row.toDecide() ? "flag" : "muted");
            setGraphic(new VBox(2, new Label(row.label()), change));
        }
    }

    /**
     * One version of a field, one item per text line, wrapped to the column's width so
     * nothing is cut off; the lines base does not have so are in bold.
     */
    private static final class ValueCell extends TableCell<FieldChoice, List<ConflictWords.Item>> {
        private final TableColumn<FieldChoice, List<ConflictWords.Item>> column;

        ValueCell(TableColumn<FieldChoice, List<ConflictWords.Item>> column) {
            this.column = column;
        }

        @Override
        protected void updateItem(List<ConflictWords.Item> items, boolean empty) {
            super.updateItem(items, empty);
            if (empty || items == null) {
                setGraphic(null);
                return;
            }
            VBox lines = new VBox(2);
            for (ConflictWords.Item item : items) {
                Text words = new Text(item.text());
                words.getStyleClass().add(item.changed() ? "changed-text" : "table-text");
                words.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
                lines.getChildren().add(words);
            }
            setGraphic(lines);
        }
    }

    /** The side taken, among the sides the row may take. */
    private static final class PickCell extends TableCell<FieldChoice, FieldChoice> {
        private final ChoiceBox<Side> choice = new ChoiceBox<>();
        private FieldChoice bound;

        PickCell() {
            choice.setConverter(SIDE_WORDS);
        }

        @Override
        protected void updateItem(FieldChoice row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                choice.valueProperty().unbindBidirectional(bound.pickProperty());
                bound = null;
            }
            if (empty || row == null || row.sides().isEmpty()) {
                setGraphic(null);
                return;
            }
            choice.setItems(FXCollections.observableArrayList(row.sides()));
            choice.valueProperty().bindBidirectional(row.pickProperty());
            bound = row;
            setGraphic(choice);
        }
    }
}
