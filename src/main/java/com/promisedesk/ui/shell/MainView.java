package com.promisedesk.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;

/** Binds the main window (navigation rail, content, status bar) to its view model. */
public final class MainView {

    private final MainViewModel model;
    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private final Map<Screen, Node> focusTargets = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> buttons = new EnumMap<>(Screen.class);

    @FXML private ToggleButton todayButton;
    @FXML private ToggleButton promisesButton;
    @FXML private ToggleButton catalogButton;
    @FXML private ToggleButton approvalsButton;
    @FXML private ToggleButton syncButton;
    @FXML private ToggleButton settingsButton;
    @FXML private StackPane content;
    @FXML private Label opening;
    @FXML private Label catalogStatus;
    @FXML private Label pendingStatus;
    @FXML private Label syncStatus;
    @FXML private Label message;
    @FXML private javafx.scene.layout.VBox rail;
    @FXML private javafx.scene.layout.HBox statusBar;

    public MainView(MainViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        buttons.put(Screen.TODAY, todayButton);
        buttons.put(Screen.PROMISES, promisesButton);
        buttons.put(Screen.CATALOG, catalogButton);
        buttons.put(Screen.APPROVALS, approvalsButton);
        buttons.put(Screen.SYNC, syncButton);
        buttons.put(Screen.SETTINGS, settingsButton);
        ToggleGroup group = new ToggleGroup();
        buttons.forEach((screen, button) -> {
            button.setToggleGroup(group);
            button.setFocusTraversable(false); // Ctrl+0..4 reach the rail; Tab and arrows stay in the work
            button.setTooltip(new Tooltip(screen.title() + " (" + screen.shortcut() + ")"));
            button.setAccessibleText(screen.title());
            button.setOnAction(event -> {
                model.screenProperty().set(screen);
                button.setSelected(true); // a toggle clicked twice must not leave the rail without a selection
            });
        });
        catalogStatus.textProperty().bind(model.catalogStatusProperty());
        pendingStatus.textProperty().bind(model.pendingStatusProperty());
        syncStatus.textProperty().bind(model.syncStatusProperty());
        message.textProperty().bind(model.messageProperty());
        opening.textProperty().bind(model.problemProperty());
        model.screenProperty().addListener((o, was, now) -> show(now));
        show(model.screenProperty().get());
    }

    /**
     * Adds {@code root} as the content of {@code screen}; {@code focusTarget} (may be null)
     * takes the keyboard when the screen is shown, so typing starts where the rep reads.
     */
    public void addScreen(Screen screen, Parent root, Node focusTarget) {
        screens.put(screen, root);
        if (focusTarget != null) {
            focusTargets.put(screen, focusTarget);
        }
        root.setVisible(false);
        content.getChildren().add(root);
        show(model.screenProperty().get());
    }

    /**
     * In customer-facing mode (the read-back) only the content shows: no navigation rail,
     * no status bar, nothing internal in front of the customer.
     */
    public void setCustomerFacing(boolean customerFacing) {
        rail.setVisible(!customerFacing);
        rail.setManaged(!customerFacing);
        statusBar.setVisible(!customerFacing);
        statusBar.setManaged(!customerFacing);
    }

    /** Ctrl+0 (Today) to Ctrl+4, and Ctrl+, for Settings, switch screens from anywhere in the window. */
    public void installShortcuts(Scene scene) {
        for (Screen screen : Screen.values()) {
            if (!screen.onRail()) {
                continue;
            }
            scene.getAccelerators().put(KeyCombination.keyCombination(screen.keys()),
                    () -> model.screenProperty().set(screen));
        }
    }

    private void show(Screen screen) {
        screens.forEach((each, node) -> node.setVisible(each == screen));
        ToggleButton button = buttons.get(screen);
        if (button != null) {
            button.setSelected(true);
        } else {
            buttons.values().forEach(each -> each.setSelected(false)); // off the rail: no rail button is "here"
        }
        opening.setVisible(!screens.containsKey(screen));
        Node focusTarget = focusTargets.get(screen);
        if (focusTarget != null) {
            focusTarget.requestFocus();
        }
    }
}
