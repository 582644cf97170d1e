package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.ui.editor.LineItem;
import com.promisedesk.ui.editor.LinePickerMatches;
import com.promisedesk.ui.shell.DesktopApp;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The capability picker in the real app at 1280×800: seen, driven from the field by keyboard, and by mouse. */
@Slow
@ExtendWith(ApplicationExtension.class)
class LinePickerInTheEditorTest {

    @TempDir
    Path dataDir;

    private DesktopApp app;

    @Start
    void start(Stage stage) {
        app = new DesktopApp(dataDir);
        app.show(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void suppShowsFiveMatchesUnderTheFieldAndTheArrowsPickWithoutLeavingIt(FxRobot robot) throws Exception {
        TextField field = draft(robot);
        ListView<LinePickerMatches.Match> matches = robot.lookup("#suggestionList").queryListView();
        TableView<LineItem> lines = robot.lookup("#lineTable").queryTableView();

        robot.write("supp");
        waitUntil(() -> matches.isVisible() && matches.getItems().size() >= 5);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds list = matches.localToScene(matches.getLayoutBounds());
        Bounds typed = field.localToScene(field.getLayoutBounds());
        double row = Math.max(24, matches.getFixedCellSize()); // 24 px: a row a pointer can hit
        assertThat(matches.getHeight()).as("room for five rows or more").isGreaterThanOrEqualTo(5 * row);
        assertThat(list.getMinY()).as("just under the field").isBetween(typed.getMaxY(), typed.getMaxY() + 8);
        assertThat(list.getMaxY()).as("inside the window").isLessThan(field.getScene().getHeight());
        assertThat(matches.getSelectionModel().getSelectedIndex()).isZero();

        robot.type(KeyCode.DOWN, KeyCode.DOWN);
        assertThat(field.isFocused()).as("the keyboard stays in the field").isTrue();
        assertThat(matches.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        String third = matches.getItems().get(2).row().code();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> lines.getItems().size() == 1);

        assertThat(lines.getItems().get(0).code()).isEqualTo(third);
        assertThat(field.getText()).isEmpty();
        assertThat(field.isFocused()).isTrue();
        assertThat(matches.isVisible()).isFalse();
    }

    @Test
    void escClosesTheListAndAnArrowOpensItAgain(FxRobot robot) throws Exception {
        TextField field = draft(robot);
        ListView<LinePickerMatches.Match> matches = robot.lookup("#suggestionList").queryListView();

        robot.write("supp");
        waitUntil(() -> matches.isVisible() && matches.getItems().size() >= 5);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(matches.isVisible()).isFalse();
        assertThat(field.isFocused()).as("Esc closes the list; the editor stays open").isTrue();
        assertThat(robot.lookup("#lineTable").tryQuery()).isPresent();

        robot.type(KeyCode.DOWN);
        assertThat(matches.isVisible()).isTrue();
        assertThat(matches.getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void aClickOnAMatchAddsIt(FxRobot robot) throws Exception {
        draft(robot);
        ListView<LinePickerMatches.Match> matches = robot.lookup("#suggestionList").queryListView();
        TableView<LineItem> lines = robot.lookup("#lineTable").queryTableView();

        robot.write("supp");
        waitUntil(() -> matches.isVisible() && matches.getItems().size() >= 5);
        String fourth = matches.getItems().get(3).row().code();
        robot.clickOn(robot.from(matches).lookup(fourth).queryLabeled());
        waitUntil(() -> lines.getItems().size() == 1);

        assertThat(lines.getItems().get(0).code()).isEqualTo(fourth);
    }

    /** A new draft, the keyboard in the add-line field. */
    private static TextField draft(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#newButton").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#addLineField").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        TextField field = robot.lookup("#addLineField").queryAs(TextField.class);
        waitUntil(field::isFocused);
        return field;
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
