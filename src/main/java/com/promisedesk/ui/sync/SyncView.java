package com.promisedesk.ui.sync;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * Binds the Sync screen (sync now, progress, the end-of-day reminder, what changed in a new
 * catalog, and the conflicts below) to its view model.
 */
public final class SyncView {

    private final SyncViewModel model;
    private final Node newsView;
    private final Node conflictsView;

    @FXML private Label reminder;
    @FXML private Button syncNow;
    @FXML private Button openConnect;
    @FXML private ProgressBar progress;
    @FXML private Label status;
    @FXML private Label lastSync;
    @FXML private Label pending;
    @FXML private StackPane newsSlot;
    @FXML private StackPane conflictsSlot;

    public SyncView(SyncViewModel model, Node newsView, Node conflictsView) {
        this.model = model;
        this.newsView = newsView;
        this.conflictsView = conflictsView;
    }

    @FXML
    private void initialize() {
        syncNow.setOnAction(event -> model.sync());
        syncNow.setTooltip(new Tooltip("Send your changes and receive the team's (F9)"));
        syncNow.disableProperty().bind(model.runningProperty());
        openConnect.textProperty().bind(Bindings.when(model.connectedProperty())
                .then("Central store connection…").otherwise("Connect to the central store…"));
        openConnect.setOnAction(event -> model.connect());
        openConnect.setTooltip(new Tooltip("Paste the connection code IT sent you, or sign out"));
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        progress.progressProperty().bind(model.progressProperty());
        status.textProperty().bind(model.statusProperty());
        lastSync.textProperty().bind(model.lastSyncProperty());
        pending.textProperty().bind(Bindings.createStringBinding(
                () -> count(model.pendingProperty().get(), "change", "changes") + " waiting to be sent",
                model.pendingProperty()));
        reminder.visibleProperty().bind(model.reminderProperty());
        reminder.managedProperty().bind(model.reminderProperty());
        newsSlot.getChildren().setAll(newsView);
        newsSlot.managedProperty().bind(newsView.visibleProperty());
        conflictsSlot.getChildren().setAll(conflictsView);
    }

    /** Where the keyboard goes when the screen is shown. */
    public Node focusTarget() {
        return syncNow;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
