package com.promisedesk.ui.catalog;

import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.Category;
import com.promisedesk.store.CapabilityRow;
import com.promisedesk.ui.Choice;
import com.promisedesk.ui.VerdictChip;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Binds the Catalog screen to its view model; no decisions here. */
public final class CatalogView {

    private final CatalogViewModel model;

    @FXML private TextField catalogSearch;
    @FXML private ComboBox<Choice<Category>> category;
    @FXML private ComboBox<Choice<CapabilityStatus>> status;
    @FXML private Label catalogSummary;
        @FXML private TableView<CapabilityRow> capabilityTable;
    @FXML private TableColumn<CapabilityRow, String> codeColumn;
    @FXML private TableColumn<CapabilityRow, String> nameColumn;
    @FXML private TableColumn<CapabilityRow, String> categoryColumn;
    @FXML private TableColumn<CapabilityRow, String> statusColumn;
    @FXML private ScrollPane detailScroll;
    @FXML private VBox detail;

    public CatalogView(CatalogViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        catalogSearch.textProperty().bindBidirectional(model.queryProperty());
        catalogSearch.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN) {
                capabilityTable.requestFocus();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                catalogSearch.clear();
            }
        });
        category.getItems().setAll(model.categories());
        category.valueProperty().bindBidirectional(model.categoryProperty());
        status.getItems().setAll(model.statuses());
        status.valueProperty().bindBidirectional(model.statusProperty());
        catalogSummary.textProperty().bind(model.summaryProperty());

        codeColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().code()));
        codeColumn.getStyleClass().add("code");
        nameColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        categoryColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().category().label()));
        statusColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().status().label()));
        capabilityTable.setItems(model.results());
        Label empty = new Label("No capability matches.\nTry fewer words, or clear the filters.");
        capabilityTable.setPlaceholder(empty);
        capabilityTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != capabilityTable.getSelectionModel().getSelectedItem()) {
                capabilityTable.getSelectionModel().select(now);
            }
        });
        model.detailProperty().addListener((o, was, now) -> showDetail(now));
        showDetail(model.detailProperty().get());
        SplitPane.setResizableWithParent(detailScroll, false);
    }

    /** Where the keyboard goes when the screen is shown. */
    public javafx.scene.Node focusTarget() {
        return catalogSearch;
    }

    /** Puts the keyboard in the search field (Ctrl+F). */
    public void focusSearch() {
        catalogSearch.requestFocus();
        catalogSearch.selectAll();
    }

    private void showDetail(CapabilityDetail shown) {
        detail.getChildren().clear();
        if (shown == null) {
            Label hint = new Label("Choose a capability to see its lead times, limits and requirements.");
            hint.getStyleClass().add("muted");
            hint.setWrapText(true);
            detail.getChildren().add(hint);
            return;
        }
        Label title = new Label(shown.name());
        title.getStyleClass().add("detail-title");
        Label code = new Label(shown.code());
        code.getStyleClass().addAll("code", "muted");
        VerdictChip statusChip = new VerdictChip();
        statusChip.show(null, shown.status());
        VerdictChip categoryChip = new VerdictChip();
        categoryChip.show(null, shown.category());
        HBox tags = new HBox(8, code, statusChip, categoryChip);
        Label summaryText = wrapping(new Label(shown.summary()));
        summaryText.getStyleClass().add("detail-summary");
        wrapping(title);
        detail.getChildren().addAll(title, tags, summaryText, facts(shown));
    }

    private static VBox facts(CapabilityDetail shown) {
        VBox facts = new VBox();
        facts.getStyleClass().add("facts");
        for (CapabilityDetail.Fact fact : shown.facts()) {
            Label name = new Label(fact.label());
            name.getStyleClass().add("fact-name");
            VBox rungs = new VBox();
            rungs.getStyleClass().add("fact-rungs");
            for (CapabilityDetail.Rung rung : fact.rungs()) {
                rungs.getChildren().add(rung(rung));
            }
            HBox.setHgrow(rungs, Priority.ALWAYS);
            HBox row = new HBox(name, rungs);
            row.getStyleClass().add("fact");
            row.setAccessibleText(fact.label() + ": " + fact.text());
            facts.getChildren().add(row);
        }
        return facts;
    }

    private static HBox rung(CapabilityDetail.Rung rung) {
        Label value = wrapping(new Label(rung.value()));
        value.getStyleClass().add("fact-value");
        if (rung.note() == null) {
            value.getStyleClass().add("alone");
            HBox.setHgrow(value, Priority.ALWAYS);
            return new HBox(value);
        }
        Label note = wrapping(new Label(rung.note()));
        note.getStyleClass().addAll("fact-note", "muted");
        HBox.setHgrow(note, Priority.ALWAYS);
        return new HBox(value, note);
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
