package com.promisedesk.ui.shell;

import com.promisedesk.ui.Threads;
import com.promisedesk.ui.ViewLoader;
import java.io.IOException;
import java.io.InputStream;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window as its first frame shows it: the rail, an empty content area and the
 * status bar, on a stage not yet shown. It needs no data folder, so it can be laid out while
 * the command line is still being read ({@link EarlyStart}).
 */
record MainWindow(Stage stage, MainView view, MainViewModel model) {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);

    /** Lays out the shell on {@code stage} (FX thread); the stage is shown by whoever opens the app. */
    static MainWindow build(Stage stage, Threads threads) {
        loadFonts();
        MainViewModel model = new MainViewModel(threads);
        MainView view = new MainView(model);
        Parent root = ViewLoader.load(MainView.class, () -> view);
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("/com/promisedesk/ui/promisedesk.css").toExternalForm());
        view.installShortcuts(scene);
        // Quit as every desktop app does; whoever opened the window then closes the app, and
        // close() lets the save in flight reach SQLite first.
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Q"), stage::hide);
        stage.setTitle("PromiseDesk");
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(scene);
        return new MainWindow(stage, view, model);
    }

    /** The app's typeface, bundled (SIL OFL) so it looks the same on every OS, and the same as the printed summary. */
    private static void loadFonts() {
        for (String face : new String[] {"Regular", "Bold"}) {
            try (InputStream in = MainWindow.class.getResourceAsStream("/liberation/LiberationSans-" + face + ".ttf")) {
                if (in == null || Font.loadFont(in, 14) == null) {
                    LOG.warn("Liberation Sans {} is missing; the system font is used", face);
                }
            } catch (IOException e) {
                LOG.warn("Could not read Liberation Sans {}", face, e);
            }
        }
    }
}
