package com.promisedesk.ui.editor;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Binds the editor's lists pane (expectations, responsibilities, one-time extras) to
 * {@link EditorListsViewModel}, which reads what is typed. A refused entry stays in its field,
 * to be put right.
 */
public final class EditorListsView {

    private final EditorListsViewModel model;

    @FXML private ListView<ListItems.ExpectationItem> expectationList;
    @FXML private TextField expectationField;
    @FXML private TextField linkField;
    @FXML private ListView<ListItems.ResponsibilityItem> responsibilityList;
    @FXML private TextField responsibilityField;
    @FXML private TextField responsibilityDueField;
    @FXML private TextField responsibilityLinesField;
    @FXML private ListView<ListItems.ExtraItem> extraList;
    @FXML private TextField extraField;

    EditorListsView(EditorListsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        expectationList.setItems(model.expectations());
        expectationList.setCellFactory(list -> new ExpectationCell());
        expectationList.setPlaceholder(new Label("Write down what the customer expects, in their words."));
        expectationField.setOnAction(event -> {
            if (model.addExpectation(expectationField.getText())) {
                expectationField.clear();
                expectationList.getSelectionModel().selectLast();
            }
        });
        linkField.setOnAction(event -> {
            model.linkChosen(expectationList.getSelectionModel().getSelectedIndex(), linkField.getText());
            linkField.clear();
        });

        responsibilityList.setItems(model.responsibilities());
        responsibilityList.setCellFactory(list -> new ResponsibilityCell());
        responsibilityList.setPlaceholder(new Label("What the customer must supply appears here."));
        responsibilityField.setOnAction(event -> {
            if (model.addTypedResponsibility(responsibilityField.getText(), responsibilityDueField.getText(),
                    responsibilityLinesField.getText())) {
                responsibilityField.clear();
                responsibilityDueField.clear();
                responsibilityLinesField.clear();
            }
        });

        extraList.setItems(model.extras());
        extraList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ListItems.ExtraItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        extraList.setPlaceholder(new Label("One-time goodwill items, always labelled one-time."));
        extraField.setOnAction(event -> {
            if (model.addTypedExtra(extraField.getText())) {
                extraField.clear();
            }
        });
    }

    private static Label label(String text, String... styles) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styles);
        label.setWrapText(true);
        return label;
    }

    /** An expectation: its number, the customer's words, how it was read back, and its lines. */
    private static final class ExpectationCell extends ListCell<ListItems.ExpectationItem> {
        @Override
        protected void updateItem(ListItems.ExpectationItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label words = label(item.number() + ". “" + item.text() + "”");
            HBox.setHgrow(words, Priority.ALWAYS);
            words.setMaxWidth(Double.MAX_VALUE);
            Label status = label(item.status(), "chip", "chip-neutral");
            status.setMinWidth(Label.USE_PREF_SIZE);
            Label lines = label(item.lines(), "small", item.unlinked() ? "flag" : "muted");
            VBox box = new VBox(2, new HBox(8, words, status), lines);
            if (item.clarified() != null) {
                box.getChildren().add(1, label("Agreed: “" + item.clarified() + "”", "small"));
            }
            setGraphic(box);
            setPrefWidth(0); // let the list's width, not the text, decide: long words wrap
        }
    }

    /** A responsibility: what, by when, whether the catalog asks for it, and what moves if it is late. */
    private static final class ResponsibilityCell extends ListCell<ListItems.ResponsibilityItem> {
        @Override
        protected void updateItem(ListItems.ResponsibilityItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label words = label(item.text() + " — by " + item.due());
            HBox.setHgrow(words, Priority.ALWAYS);
            words.setMaxWidth(Double.MAX_VALUE);
            HBox top = new HBox(8, words);
            if (item.fromCatalog()) {
                top.getChildren().add(label("from the catalog", "chip", "chip-neutral"));
            }
            setGraphic(new VBox(2, top, label(item.ifLate(), "small", "muted")));
            setPrefWidth(0);
        }
    }
}
