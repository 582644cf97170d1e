package com.promisedesk.ui.editor;

import com.promisedesk.domain.Verdict;
import com.promisedesk.ui.VerdictChip;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The detail pane of the chosen line: its verdict and reasons, the ladder picture, the
 * honest suggestion, and the fields that edit it, bound to {@link LineDetailViewModel}, which
 * reads what is typed. Fields the rep is typing in are not overwritten while the re-judged
 * line comes back. The approval part is its own pane ({@link ApprovalView}).
 */
public final class LineDetailView {

    private final LineDetailViewModel model;
    private boolean updating;
    private int shownLine = -1;

    @FXML private VBox detail;
    @FXML private Label detailTitle;
    @FXML private Label detailChip;
    @FXML private Button suggestionButton;
    @FXML private Button removeLineButton;
    @FXML private VBox reasonList;
    @FXML private LadderPicture ladder;
    @FXML private TextField quantityField;
    @FXML private TextField dateField;
    @FXML private DatePicker calendar;
    @FXML private VBox termBox;
    @FXML private VBox reasonBox;
    @FXML private TextField underPromiseField;

    LineDetailView(LineDetailViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        model.detailProperty().addListener((o, was, now) -> showDetail(now));
        showDetail(model.detailProperty().get());
        suggestionButton.setOnAction(event -> model.useSuggestion());
        removeLineButton.setOnAction(event -> model.removeLine());
        removeLineButton.setMinWidth(Region.USE_PREF_SIZE);
        suggestionButton.setMinWidth(Region.USE_PREF_SIZE);
        detailChip.setMinWidth(Region.USE_PREF_SIZE);
        whileIdle(quantityField, model::typeQuantity);
        dateField.setOnAction(event -> commitDate());
        dateField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && event.isAltDown()) {
                calendar.show();
                event.consume();
            }
        });
        calendar.setTooltip(new Tooltip("Pick the date on a calendar (Alt+Down in the date field)"));
        calendar.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                model.pickDate(now);
            }
        });
        dateField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitDate();
                model.doneTyping();
            }
        });
        whileIdle(underPromiseField, model::typeUnderPromiseReason);
    }

    private void commitDate() {
        if (updating) {
            return;
        }
        Optional<String> shown = model.commitDate(dateField.getText());
        shown.ifPresentOrElse(dateField::setText, () -> dateField.getStyleClass().add("invalid"));
    }

    private void showDetail(LineDetail shown) {
        detail.setVisible(shown != null);
        if (shown == null) {
            shownLine = -1;
            return;
        }
        updating = true;
        boolean otherLine = shown.index() != shownLine;
        shownLine = shown.index();
        detailTitle.setText(shown.title());
        VerdictChip.style(detailChip, shown.verdict(), shown.chip());
        suggestionButton.setText(shown.suggestion() == null ? ""
                : shown.suggestion() + "   (" + EditorKeys.keysOf("suggestionButton") + ")");
        suggestionButton.setVisible(shown.suggestion() != null);
        reasonList.getChildren().setAll(shown.reasons().stream().map(reason -> {
            Label label = new Label("• " + reason);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            return label;
        }).toList());
        ladder.show(shown.ladder(), LineDetailViewModel.dayShown(shown),
                shown.verdict() == Verdict.STANDARD ? null : shown.suggestedDate());
        if (otherLine || !quantityField.isFocused()) {
            quantityField.setText(String.valueOf(shown.quantity()));
        }
        calendar.setValue(LineDetailViewModel.dayShown(shown));
        if (otherLine || !dateField.isFocused()) {
            dateField.setText(shown.dateText());
            dateField.getStyleClass().remove("invalid");
        }
        if (otherLine || termBox.getChildren().size() != shown.terms().size()) {
            termBox.getChildren().setAll(shown.terms().stream().map(this::termRow).toList());
        }
        reasonBox.setVisible(LineDetailViewModel.asksReason(shown));
        reasonBox.setManaged(reasonBox.isVisible());
        if (otherLine || !underPromiseField.isFocused()) {
            underPromiseField.setText(shown.underPromiseReason() == null ? "" : shown.underPromiseReason());
        }
        updating = false;
    }

    private HBox termRow(LineDetail.TermField term) {
        Label name = new Label(term.label());
        name.getStyleClass().add("fact-name");
        name.setMinWidth(150);
        name.setPrefWidth(150);
        name.setWrapText(true);
        TextField value = new TextField(term.value());
        value.setPrefColumnCount(6);
        value.setAccessibleText(term.label());
        value.setTooltip(new Tooltip(term.label() + ": " + EditorKeys.tooltipOf("termBox")));
        Label standard = new Label((term.unit() == null ? "" : term.unit() + " · ") + "standard " + term.standard());
        standard.getStyleClass().add("muted");
        whileIdle(value, typed -> model.typeTerm(term.key(), typed));
        HBox row = new HBox(12, name, value, standard);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Hands what the rep types in {@code field} to {@code typed}; not what the pane itself shows in it. */
    private void whileIdle(TextField field, java.util.function.Consumer<String> typed) {
        field.textProperty().addListener((o, was, now) -> {
            if (!updating) {
                typed.accept(now);
            }
        });
    }
}
