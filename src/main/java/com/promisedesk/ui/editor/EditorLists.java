package com.promisedesk.ui.editor;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Binds the expectations, responsibilities and extras panels of the editor. */
final class EditorLists {

    private EditorLists() {
    }

    static void bind(EditorViewModel model, ListView<ListItems.ExpectationItem> expectations, TextField newExpectation,
                     TextField links, ListView<ListItems.ResponsibilityItem> responsibilities,
                     TextField newResponsibility, TextField due, TextField responsibilityLines,
                     ListView<ListItems.ExtraItem> extras, TextField newExtra) {
        expectations.setItems(model.expectations());
        expectations.setCellFactory(list -> new ExpectationCell());
        expectations.setPlaceholder(new Label("Write down what the customer expects, in their words."));
        // "words #1,3" links as it adds; a refused entry stays in the field, to be put right.
        newExpectation.setOnAction(event -> {
            if (model.addExpectation(newExpectation.getText())) {
                newExpectation.clear();
                expectations.getSelectionModel().selectLast();
            }
        });
        links.setOnAction(event -> {
            int selected = expectations.getSelectionModel().getSelectedIndex();
            model.linkExpectation(selected < 0 ? model.expectations().size() - 1 : selected, links.getText());
            links.clear();
        });

        responsibilities.setItems(model.responsibilities());
        responsibilities.setCellFactory(list -> new ResponsibilityCell());
        responsibilities.setPlaceholder(new Label("What the customer must supply appears here."));
        newResponsibility.setOnAction(event -> {
            if (!newResponsibility.getText().isBlank()) {
                model.addResponsibility(newResponsibility.getText(), model.dateInput().parse(due.getText()).orElse(null),
                        responsibilityLines.getText());
                newResponsibility.clear();
                due.clear();
                responsibilityLines.clear();
            }
        });

        extras.setItems(model.extras());
        extras.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ListItems.ExtraItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        extras.setPlaceholder(new Label("One-time goodwill items, always labelled one-time."));
        newExtra.setOnAction(event -> {
            if (!newExtra.getText().isBlank()) {
                model.addExtra(newExtra.getText());
                newExtra.clear();
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
