package com.promisedesk.ui;

import com.promisedesk.store.Profile;
import com.promisedesk.store.ReadOnlyFolder;
import com.promisedesk.ui.shell.DesktopApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Settings screen of the real app, reached as a rep does (Ctrl+,), in the states a rep
 * sees: no profile yet, a sender typed and saved, and a backup that failed. Each is handed to a
 * {@link ScreenTour.Visitor}: the layout test checks it, the screens command photographs it.
 */
final class SettingsTour {

    /** The states visited, in order. */
    static final List<String> SCREENS = List.of("settings-empty", "settings-filled", "settings-backup-failed");
    /** Sizes: a common laptop, and the smallest the main window may be. */
    static final List<int[]> SIZES = List.of(new int[] {1280, 800}, new int[] {960, 600});

    private final FxRobot robot;
    private final Stage stage;
    private final DesktopApp app;
    private final Path dataDir;

    SettingsTour(FxRobot robot, Stage stage, DesktopApp app, Path dataDir) {
        this.robot = robot;
        this.stage = stage;
        this.app = app;
        this.dataDir = dataDir;
    }

    void walk(int width, int height, ScreenTour.Visitor visitor) throws Exception {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        waitUntil("the window is " + width + "×" + height, () -> stage.getScene().getWidth() == width);
        waitUntil("the app has opened the store", () -> app.settings() != null);
        Files.deleteIfExists(dataDir.resolve(Profile.FILE_NAME));
        robot.interact(() -> app.settings().load());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        TextField company = robot.lookup("#companyField").queryAs(TextField.class);
        waitUntil("Settings is shown with the keyboard in Company", () -> company.isVisible() && company.isFocused()
                && company.getText().isEmpty());
        visit("settings-empty", visitor);

        robot.write("Fleetwise Logistik Deutschland GmbH");
        field("#repField", "Jonas Keller");
        field("#emailField", "jonas.keller@fleetwise-logistik.example");
        field("#phoneField", "+49 30 1234 5678");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil("the sender is saved", () -> text("#saveMessage").startsWith("Saved."));
        visit("settings-filled", visitor);

        Path readOnly = ReadOnlyFolder.make(Files.createTempDirectory("usb-stick"));
        try {
            robot.interact(() -> app.settings().backup().backUpTo(readOnly.resolve(app.settings().backup().suggestedName())));
            waitUntil("the backup has failed", () -> text("#backupMessage").startsWith("Could not back up"));
            robot.interact(() -> robot.lookup("#backupButton").queryAs(Node.class).requestFocus());
            // A few pulses, as a rep's screen has had by the time they read it: the wrapped message settles.
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            visit("settings-backup-failed", visitor);
        } finally {
            ReadOnlyFolder.release(readOnly);
            Files.deleteIfExists(readOnly);
        }
    }

    private void field(String id, String text) {
        robot.clickOn(id);
        robot.write(text);
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void visit(String screen, ScreenTour.Visitor visitor) throws Exception {
        TourSteps.visit(robot, screen, stage, visitor);
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws Exception {
        TourSteps.waitUntil(what, 20, condition);
    }
}
