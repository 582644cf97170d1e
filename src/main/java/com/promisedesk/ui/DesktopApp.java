package com.promisedesk.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. */
public final class DesktopApp extends Application {

    public static void launch(Path dataDir, boolean measureStartup) {
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("PromiseDesk"), 1280, 800));
        stage.show();
    }
}
