package com.promisedesk.ui.editor;

import com.promisedesk.domain.Language;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Binds the editor's header pane (customer, title, start, the buttons for the promise as a
 * whole, and why it was not agreed) to {@link HeaderViewModel}. Fields the rep is typing in
 * are not overwritten while the edited promise comes back.
 */
public final class HeaderView {

    private final EditorViewModel model;
    private final HeaderViewModel header;
    private final EditorView.EditorActions actions;
    private boolean updating;

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
    @FXML private ComboBox<Language> languageField;
    @FXML private TextField titleField;
    @FXML private TextField startField;
    @FXML private VBox refusalBox;
    @FXML private VBox refusalList;

    HeaderView(EditorViewModel model, EditorView.EditorActions actions) {
        this.model = model;
        this.header = model.header();
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        commitOnChange(customerField, header::typeCustomer);
        commitOnChange(regionField, header::typeRegion);
        commitOnChange(contactField, header::typeContact);
        commitOnChange(titleField, header::typeTitle);
        languageField.getItems().setAll(Language.values());
        languageField.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language language) {
                return language == null ? "" : language.label();
            }

            @Override
            public Language fromString(String text) {
                return null;
            }
        });
        languageField.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                header.setLanguage(now);
            }
        });
        startField.setOnAction(event -> commitStart());
        startField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitStart();
            }
        });
        for (Button button : List.of(backButton, undoButton, redoButton, summaryButton, readBackButton, agreeButton)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        summaryButton.setOnAction(event -> actions.summary());
        backButton.setOnAction(event -> actions.back());
        undoButton.setOnAction(event -> model.undo());
        redoButton.setOnAction(event -> model.redo());
        undoButton.disableProperty().bind(model.canUndoProperty().not());
        redoButton.disableProperty().bind(model.canRedoProperty().not());
        readBackButton.setOnAction(event -> actions.readBack());
        agreeButton.setOnAction(event -> model.agree());
        // Every new value of the promise, even one whose header reads the same: a field left blank is filled back in.
        header.shownProperty().addListener(changed -> show(header.shownProperty().get()));
        model.refusals().addListener((ListChangeListener<String>) change -> showRefusals());
        show(header.shownProperty().get());
    }

    private void commitStart() {
        startField.setText(header.commitStart(startField.getText()));
    }

    private void show(HeaderViewModel.Shown shown) {
        updating = true;
        headline.setText(shown.headline());
        subline.setText(shown.subline());
        statusChip.setText(shown.status());
        setIfIdle(customerField, shown.customer());
        setIfIdle(regionField, shown.region());
        setIfIdle(contactField, shown.contact());
        setIfIdle(titleField, shown.title());
        setIfIdle(startField, shown.start());
        languageField.setValue(shown.language());
        updating = false;
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

    private void commitOnChange(TextField field, Consumer<String> typed) {
        field.textProperty().addListener((o, was, now) -> {
            if (!updating) {
                typed.accept(now);
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                header.doneTyping();
            }
        });
    }

    private void setIfIdle(TextField field, String text) {
        if (!field.isFocused() && !text.equals(field.getText())) {
            field.setText(text);
        }
    }
}
