package com.promisedesk.ui.editor;

import com.promisedesk.check.Wording;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.CatalogRepository;
import com.promisedesk.ui.VerdictChip;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** Binds the promise editor to its view model; the decisions are all in {@link EditorViewModel}. */
public final class EditorView {

    private final EditorViewModel model;
    private final LinePicker picker;
    private final EditorActions actions;
    private final LineDetailView detail;
    private boolean updating;

    @FXML private VBox root;
    @FXML private Label headline;
    @FXML private Label statusChip;
    @FXML private Label subline;
    @FXML private Button backButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Button readBackButton;
    @FXML private Button summaryButton;
    @FXML private Button agreeButton;
    @FXML private TextField customerField;
    @FXML private TextField regionField;
    @FXML private TextField contactField;
    @FXML private TextField titleField;
    @FXML private TextField startField;
    @FXML private VBox refusalBox;
    @FXML private VBox refusalList;
    @FXML private TextField addLineField;
    @FXML private Button bespokeButton;
    @FXML private ListView<LinePickerMatches.Match> suggestionList;
    @FXML private TableView<LineItem> lineTable;
    @FXML private TableColumn<LineItem, String> numberColumn;
    @FXML private TableColumn<LineItem, String> whatColumn;
    @FXML private TableColumn<LineItem, String> quantityColumn;
    @FXML private TableColumn<LineItem, String> dateColumn;
    @FXML private TableColumn<LineItem, LineItem> verdictColumn;
    @FXML private TabPane tabs;
    @FXML private ListView<ListItems.ExpectationItem> expectationList;
    @FXML private TextField expectationField;
    @FXML private TextField linkField;
    @FXML private ListView<ListItems.ResponsibilityItem> responsibilityList;
    @FXML private TextField responsibilityField;
    @FXML private TextField responsibilityDueField;
    @FXML private TextField responsibilityLinesField;
    @FXML private ListView<ListItems.ExtraItem> extraList;
    @FXML private TextField extraField;

    /** What the editor asks of the app around it. */
    public interface EditorActions {
        void back();

        void readBack();

        /** Preview, print or export the written summary. */
        void summary();
    }

    public EditorView(EditorViewModel model, CatalogRepository catalogs, EditorActions actions) {
        this(model, catalogs, actions, null);
    }

    /** @param approval the selected line's exception request (null: no "Request approval…", as in a warm-up) */
    public EditorView(EditorViewModel model, CatalogRepository catalogs, EditorActions actions, LineApproval approval) {
        this.model = model;
        this.picker = new LinePicker(catalogs, model.threads());
        this.actions = actions;
        this.detail = new LineDetailView(model, approval);
    }

    @FXML
    private void initialize() {
        bindHeader();
        bindLines();
        EditorLists.bind(model, expectationList, expectationField, linkField, responsibilityList, responsibilityField,
                responsibilityDueField, responsibilityLinesField, extraList, extraField);
        EditorKeys.install(root, model::say);
        // Back to the lines once a request is sent, so the rep carries on with the next line.
        detail.onApprovalSent(lineTable::requestFocus);
        model.promiseProperty().addListener((o, was, now) -> showHeader(now));
        model.refusals().addListener((javafx.collections.ListChangeListener<String>) change -> showRefusals());
        showHeader(model.promiseProperty().get());
    }

    /** Loads the editor's FXML with this controller and its line-detail pane's. */
    public javafx.scene.Parent load() {
        return com.promisedesk.ui.ViewLoader.load(EditorView.class, () -> this, detail);
    }

    /** Where the keyboard goes when the editor opens. */
    public javafx.scene.Node focusTarget() {
        return model.promiseProperty().get().lines().isEmpty() ? addLineField : lineTable;
    }

    private void bindHeader() {
        commitOnChange(customerField, model::setCustomerName);
        commitOnChange(regionField, model::setRegion);
        commitOnChange(contactField, model::setContact);
        commitOnChange(titleField, model::setTitle);
        startField.setOnAction(event -> commitStart());
        startField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitStart();
            }
        });
        for (Button button : List.of(backButton, undoButton, redoButton, summaryButton, readBackButton, agreeButton)) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        summaryButton.setOnAction(event -> actions.summary());
        backButton.setOnAction(event -> actions.back());
        undoButton.setOnAction(event -> model.undo());
        redoButton.setOnAction(event -> model.redo());
        undoButton.disableProperty().bind(model.canUndoProperty().not());
        redoButton.disableProperty().bind(model.canRedoProperty().not());
        readBackButton.setOnAction(event -> actions.readBack());
        agreeButton.setOnAction(event -> model.agree());
    }

    private void commitStart() {
        model.dateInput().parse(startField.getText()).ifPresent(model::setStart);
        startField.setText(Wording.date(model.promiseProperty().get().start()));
    }

    private void showHeader(Promise promise) {
        updating = true;
        headline.setText(promise.customer().name() + " · " + promise.title());
        subline.setText(String.join(" · ", java.util.stream.Stream.of(
                promise.customer().region() == null ? null : "Region " + promise.customer().region(),
                promise.customer().contact(), "start " + Wording.date(promise.start()))
                .filter(java.util.Objects::nonNull).toList()));
        statusChip.setText(promise.status().label());
        setIfIdle(customerField, promise.customer().name());
        setIfIdle(regionField, promise.customer().region());
        setIfIdle(contactField, promise.customer().contact());
        setIfIdle(titleField, promise.title());
        setIfIdle(startField, Wording.date(promise.start()));
        updating = false;
    }

    private void bindLines() {
        PickerList.bind(addLineField, suggestionList, picker, this::addLine);
        bespokeButton.setOnAction(event -> addBespoke());
        numberColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(String.valueOf(row.getValue().number())));
        whatColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                (row.getValue().code().isEmpty() ? "Bespoke · " : row.getValue().code() + " · ") + row.getValue().what()));
        quantityColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().quantity()));
        dateColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().date()));
        verdictColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        verdictColumn.setCellFactory(column -> new VerdictCell());
        lineTable.setItems(model.lines());
        lineTable.setPlaceholder(new Label("No lines yet — type a capability above (Ctrl+L) and press Enter."));
        lineTable.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!updating && now.intValue() >= 0) {
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

    private void addLine(String code) {
        if (code == null) {
            if (!addLineField.getText().isBlank()) {
                model.say("No capability matches “" + addLineField.getText().strip()
                        + "”: Ctrl+B adds it as a bespoke item");
            }
            return;
        }
        model.addCapabilityLine(code);
        addLineField.clear();
        addLineField.requestFocus();
    }

    private void addBespoke() {
        String text = addLineField.getText() == null ? "" : addLineField.getText().strip();
        if (!text.isEmpty()) {
            model.addBespokeLine(text);
            addLineField.clear();
        }
    }

    private void showRefusals() {
        refusalList.getChildren().setAll(model.refusals().stream().map(reason -> {
            Label label = new Label("• " + reason);
            label.setWrapText(true);
            label.getStyleClass().add("refusal");
            return label;
        }).toList());
        refusalBox.setVisible(!model.refusals().isEmpty());
        refusalBox.setManaged(refusalBox.isVisible());
    }

    private void commitOnChange(TextField field, java.util.function.Consumer<String> change) {
        field.textProperty().addListener((o, was, now) -> {
            if (!updating && now != null && !now.isBlank()) {
                change.accept(now);
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.sealUndoStep();
            }
        });
    }

    private void setIfIdle(TextField field, String value) {
        String text = value == null ? "" : value;
        if (!field.isFocused() && !text.equals(field.getText())) {
            field.setText(text);
        }
    }

    /** The verdict chip of a line, with the reasons on hover. */
    private static final class VerdictCell extends javafx.scene.control.TableCell<LineItem, LineItem> {
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
