package com.promisedesk.ui.settings;

import com.promisedesk.export.Paper;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Binds the Settings screen to its view model. Where the backup goes is asked here (a save
 * dialog offering promisedesk-backup-YYYY-MM-DD.db); "Copy path" puts the data folder on the
 * clipboard, which works on every system and in every layer, where opening a file manager does not.
 */
public final class SettingsView {

    /** Asks where to write the backup: the window to ask over and the file name offered; empty when cancelled. */
    public interface BackupPlace extends BiFunction<Window, String, Optional<Path>> {
    }

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final SettingsViewModel model;
    private final BackupPlace place;

    @FXML private ScrollPane scroll;
    @FXML private TextField companyField;
    @FXML private TextField repField;
    @FXML private TextField emailField;
    @FXML private TextField phoneField;
    @FXML private Label emailProblem;
    @FXML private ChoiceBox<Paper> paperChoice;
    @FXML private ChoiceBox<LocaleChoice> localeChoice;
    @FXML private Label localeExample;
    @FXML private Button saveButton;
    @FXML private Label saveMessage;
    @FXML private VBox centralStoreSlot;
    @FXML private TextField dataFolder;
    @FXML private Label copied;
    @FXML private Button backupButton;
    @FXML private ProgressIndicator backupRunning;
    @FXML private Label backupMessage;

    public SettingsView(SettingsViewModel model) {
        this(model, SettingsView::askWithSaveDialog);
    }

    /** @param place where the backup goes (a test answers without a dialog) */
    public SettingsView(SettingsViewModel model, BackupPlace place) {
        this.model = model;
        this.place = place;
    }

    @FXML
    private void initialize() {
        startAtTheTop(scroll);
        companyField.textProperty().bindBidirectional(model.companyProperty());
        repField.textProperty().bindBidirectional(model.repProperty());
        emailField.textProperty().bindBidirectional(model.emailProperty());
        phoneField.textProperty().bindBidirectional(model.phoneProperty());
        emailProblem.textProperty().bind(model.emailProblemProperty());
        shownWhenSaid(emailProblem);
        model.emailProblemProperty().addListener((o, was, now) -> {
            emailField.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !now.isEmpty());
            emailField.setAccessibleHelp(now);
        });
        paperChoice.getItems().setAll(Paper.values());
        paperChoice.setConverter(new Labels<>(Paper::label));
        paperChoice.valueProperty().bindBidirectional(model.paperProperty());
        localeChoice.setItems(model.locales());
        localeChoice.valueProperty().bindBidirectional(model.localeProperty());
        localeExample.textProperty().bind(model.localeExampleProperty());
        saveButton.setTooltip(new Tooltip("Save the sender, paper and locale (Ctrl+S)"));
        saveButton.disableProperty().bind(model.savingProperty());
        saveMessage.textProperty().bind(model.saveMessageProperty());
        dataFolder.setText(model.dataFolder());
        BackupViewModel backup = model.backup();
        backupButton.setTooltip(new Tooltip("Write one file you can restore from"));
        backupButton.disableProperty().bind(backup.runningProperty());
        backupRunning.visibleProperty().bind(backup.runningProperty());
        backupRunning.managedProperty().bind(backup.runningProperty());
        backupMessage.textProperty().bind(backup.messageProperty());
        shownWhenSaid(backupMessage);
        shownWhenSaid(copied);
        // What came of the backup shows where the rep looks: the end of the page.
        backup.messageProperty().addListener((o, was, now) -> scroll.setVvalue(scroll.getVmax()));
        backup.failedProperty().addListener((o, was, now) -> backupMessage.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("failed"), now));
        Map<KeyCombination, Control> keys = new LinkedHashMap<>();
        keys.put(KeyCombination.keyCombination("Alt+C"), companyField);
        keys.put(KeyCombination.keyCombination("Alt+N"), repField);
        keys.put(KeyCombination.keyCombination("Alt+E"), emailField);
        keys.put(KeyCombination.keyCombination("Alt+P"), phoneField);
        keys.put(KeyCombination.keyCombination("Alt+R"), paperChoice);
        keys.put(KeyCombination.keyCombination("Alt+L"), localeChoice);
        keys.forEach((key, control) -> control.setTooltip(new Tooltip(key.getDisplayText())));
        scroll.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (SAVE.match(event)) {
                model.save();
                event.consume();
                return;
            }
            keys.forEach((key, control) -> {
                if (!event.isConsumed() && key.match(event)) {
                    control.requestFocus();
                    event.consume();
                }
            });
        });
    }

    private static void shownWhenSaid(Label label) {
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
    }

    /** Where the keyboard goes when the screen is shown: the first field. */
    public Node focusTarget() {
        return companyField;
    }

    /** The place the central store's connection is shown; the connect pane goes here. */
    public VBox centralStoreSlot() {
        return centralStoreSlot;
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void copyPath() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.dataFolder());
        Clipboard.getSystemClipboard().setContent(content);
        copied.setText("Copied. Paste it into your file manager's address bar to open the folder.");
    }

    @FXML
    private void backUp() {
        place.apply(backupButton.getScene().getWindow(), model.backup().suggestedName())
                .ifPresent(model.backup()::backUpTo);
    }

    private static Optional<Path> askWithSaveDialog(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Back up my data");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PromiseDesk backup", "*.db"));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** Shows each value by its label. */
    private static final class Labels<T> extends StringConverter<T> {
        private final java.util.function.Function<T, String> label;

        Labels(java.util.function.Function<T, String> label) {
            this.label = label;
        }

        @Override
        public String toString(T value) {
            return value == null ? "" : label.apply(value);
        }

        @Override
        public T fromString(String text) {
            throw new UnsupportedOperationException("chosen from the list, never typed");
        }
    }

    /**
     * Each visit starts at the top, where the keyboard lands (Company): the shell hides and shows
     * screens, and a ScrollPane would otherwise keep the place of the last visit, the backup at
     * the bottom, with the focused field out of sight at the smallest window.
     */
    private static void startAtTheTop(ScrollPane scroll) {
        scroll.visibleProperty().addListener((o, was, now) -> {
            if (now) {
                scroll.setVvalue(scroll.getVmin());
            }
        });
    }
}
