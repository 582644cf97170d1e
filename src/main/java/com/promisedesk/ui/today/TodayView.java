package com.promisedesk.ui.today;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Binds the Today screen: its rows under their headings; Enter or a double click opens a row's place to act. */
public final class TodayView {

    private final TodayViewModel model;

    @FXML private Label heading;
    @FXML private Label message;
    @FXML private ListView<TodayViewModel.Row> todayList;

    public TodayView(TodayViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(model.headingProperty());
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        todayList.setItems(model.rows());
        todayList.setCellFactory(view -> new RowCell());
        todayList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.open(todayList.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        todayList.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                model.open(todayList.getSelectionModel().getSelectedItem());
            }
        });
    }

    /** Where the keyboard goes when the screen is shown. */
    public Node focusTarget() {
        return todayList;
    }

    /** A heading, the words of an empty section, or a chip with the row's text and its muted detail. */
    private static final class RowCell extends ListCell<TodayViewModel.Row> {
        private final Label chip = new Label();
        private final Label text = new Label();
        private final Label detail = new Label();
        private final VBox words = new VBox(2, text, detail);
        private final HBox chipBox = new HBox(chip);
        private final HBox item = new HBox(12, chipBox, words);

        RowCell() {
            text.setWrapText(true);
            detail.setWrapText(true);
            detail.getStyleClass().addAll("muted", "small");
            chipBox.setMinWidth(136); // the chips line up; each keeps its own width
            chipBox.setPrefWidth(136);
            HBox.setHgrow(words, Priority.ALWAYS);
            words.setMinWidth(0);
            setPrefWidth(0); // wrap to the list's width instead of widening it
        }

        @Override
        protected void updateItem(TodayViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("today-heading", "today-nothing", "today-item");
            setText(null);
            setTooltip(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            switch (row.kind()) {
                case HEADING -> {
                    getStyleClass().add("today-heading");
                    setGraphic(null);
                    setText(row.text());
                }
                case NOTHING -> {
                    getStyleClass().add("today-nothing");
                    setGraphic(null);
                    setText(row.text());
                }
                case ITEM -> {
                    getStyleClass().add("today-item");
                    chip.setText(row.chip());
                    chip.getStyleClass().setAll("label", "chip", "chip-today-" + row.tone());
                    text.setText(row.text());
                    detail.setText(row.detail());
                    detail.setVisible(row.detail() != null);
                    detail.setManaged(row.detail() != null);
                    setTooltip(new Tooltip(row.action() + " (Enter)"));
                    setAccessibleText(row.chip() + ": " + row.text());
                    setGraphic(item);
                }
                default -> throw new IllegalStateException(row.kind().name());
            }
        }
    }
}
