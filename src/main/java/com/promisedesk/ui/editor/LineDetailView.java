package com.promisedesk.ui.editor;

import com.promisedesk.check.Wording;
import com.promisedesk.domain.Verdict;
import com.promisedesk.ui.VerdictChip;
import java.math.BigDecimal;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The detail pane of the chosen line: its verdict and reasons, the ladder picture, the
 * honest suggestion, and the fields that edit it. Fields the rep is typing in are not
 * overwritten while the re-judged line comes back.
 */
public final class LineDetailView {

    private final EditorViewModel model;
    private final LineApproval approval;
    private ApprovalForm approvalForm;
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
    @FXML private VBox approvalBox;
    @FXML private Label approvalState;
    @FXML private Button requestButton;
    @FXML private VBox requestForm;
    @FXML private Label requestPrompt;
    @FXML private TextField approvalReason;
    @FXML private Button sendRequest;
    @FXML private Label approvalProblem;

    /** @param approval the selected line's exception request; null where there is no store (a warm-up) */
    public LineDetailView(EditorViewModel model, LineApproval approval) {
        this.model = model;
        this.approval = approval;
    }

    @FXML
    private void initialize() {
        model.lineDetailProperty().addListener((o, was, now) -> showDetail(now));
        showDetail(model.lineDetailProperty().get());
        suggestionButton.setOnAction(event -> model.useSuggestion(model.selectedLineProperty().get()));
        removeLineButton.setOnAction(event -> model.removeLine(model.selectedLineProperty().get()));
        removeLineButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        suggestionButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        detailChip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        quantityField.textProperty().addListener((o, was, now) -> {
            if (!updating && now.matches("\\d{1,6}") && Integer.parseInt(now) >= 1) {
                model.setQuantity(model.selectedLineProperty().get(), Integer.parseInt(now));
            }
        });
        dateField.setOnAction(event -> commitDate());
        dateField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && event.isAltDown()) {
                calendar.show();
                event.consume();
            }
        });
        calendar.setTooltip(new Tooltip("Pick the date on a calendar (Alt+Down in the date field)"));
        calendar.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null) {
                model.setDate(model.selectedLineProperty().get(), now);
                model.sealUndoStep();
            }
        });
        dateField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitDate();
                model.sealUndoStep();
            }
        });
        underPromiseField.textProperty().addListener((o, was, now) -> {
            if (!updating) {
                model.setUnderPromiseReason(model.selectedLineProperty().get(), now);
            }
        });
        approvalForm = new ApprovalForm(approval, approvalBox, approvalState, requestButton, requestForm, requestPrompt,
                approvalReason, sendRequest, approvalProblem);
    }

    /** Where the keyboard goes once a request for approval is sent. */
    void onApprovalSent(Runnable action) {
        approvalForm.onSent(action);
    }

    private void commitDate() {
        if (updating) {
            return;
        }
        String typed = dateField.getText();
        int index = model.selectedLineProperty().get();
        if (typed == null || typed.isBlank()) {
            model.setDate(index, null);
            return;
        }
        model.dateInput().parse(typed).ifPresentOrElse(date -> {
            model.setDate(index, date);
            dateField.setText(Wording.date(date));
        }, () -> dateField.getStyleClass().add("invalid"));
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
        suggestionButton.setText(shown.suggestion() == null ? "" : shown.suggestion() + "   (" + EditorKeys.keysOf("suggestionButton") + ")");
        suggestionButton.setVisible(shown.suggestion() != null);
        reasonList.getChildren().setAll(shown.reasons().stream().map(reason -> {
            Label label = new Label("• " + reason);
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            return label;
        }).toList());
        ladder.show(shown.ladder(), shown.date() != null ? shown.date()
                : shown.ladder() == null ? null : shown.ladder().standardDate(),
                shown.verdict() == Verdict.STANDARD ? null : shown.suggestedDate());
        if (otherLine || !quantityField.isFocused()) {
            quantityField.setText(String.valueOf(shown.quantity()));
        }
        calendar.setValue(shown.date() != null ? shown.date() : shown.ladder() == null ? null : shown.ladder().standardDate());
        if (otherLine || !dateField.isFocused()) {
            dateField.setText(shown.dateText());
            dateField.getStyleClass().remove("invalid");
        }
        if (otherLine || termBox.getChildren().size() != shown.terms().size()) {
            termBox.getChildren().setAll(shown.terms().stream().map(this::termRow).toList());
        }
        reasonBox.setVisible(shown.needsReason() || shown.underPromiseReason() != null);
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
        value.textProperty().addListener((o, was, now) -> {
            if (!updating) {
                try {
                    model.setTerm(model.selectedLineProperty().get(), term.key(), new BigDecimal(now.strip()));
                } catch (NumberFormatException e) {
                    // not a number yet: keep typing
                }
            }
        });
        HBox row = new HBox(12, name, value, standard);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }
}
