package com.promisedesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.ui.shell.DesktopApp;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor's key table: no clash with typing or the window's keys, every key in its tooltip, and what yields to a field. */
@Slow
@ExtendWith(ApplicationExtension.class)
class EditorKeysTest {

    @TempDir
    Path dataDir;

    private DesktopApp app;
    private Scene scene;

    @Start
    void start(Stage stage) {
        app = new DesktopApp(dataDir);
        app.show(stage);
        scene = stage.getScene();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void noKeyIsTakenTwiceNorTakesAWindowKeyNorATextFieldsEditingKey(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#newButton").tryQuery().isPresent()
                && robot.lookup("#catalogStatus").queryLabeled().getText().startsWith("Catalog "));

        assertThat(EditorKeys.TABLE).extracting(EditorKeys.Key::combination).doesNotHaveDuplicates();
        List<KeyCombination> windowKeys = List.copyOf(scene.getAccelerators().keySet());
        assertThat(windowKeys).isNotEmpty();
        assertThat(EditorKeys.TABLE).extracting(EditorKeys.Key::combination).doesNotContainAnyElementsOf(windowKeys);
        // What a text field does with keys (Ctrl+Z/Y excepted: undo spans the whole editor, typing included).
        List<KeyEvent> editing = List.of(shortcut(KeyCode.A), shortcut(KeyCode.C), shortcut(KeyCode.V), shortcut(KeyCode.X),
                key(KeyCode.HOME, false, false), key(KeyCode.END, false, false), key(KeyCode.LEFT, false, false),
                key(KeyCode.RIGHT, false, false), key(KeyCode.UP, false, false), key(KeyCode.DOWN, false, false),
                key(KeyCode.BACK_SPACE, false, false), key(KeyCode.DELETE, false, false), shortcut(KeyCode.LEFT),
                shortcut(KeyCode.RIGHT), shortcut(KeyCode.BACK_SPACE), key(KeyCode.HOME, true, false),
                key(KeyCode.END, true, false), key(KeyCode.LEFT, true, false), key(KeyCode.RIGHT, true, false),
                key(KeyCode.LEFT, true, true), key(KeyCode.RIGHT, true, true), key(KeyCode.A, true, false));
        for (EditorKeys.Key key : EditorKeys.TABLE) {
            assertThat(editing).as(key.keys() + " for " + key.target())
                    .noneMatch(event -> key.combination().match(event));
        }
        assertThat(EditorKeys.TABLE).filteredOn(key -> key.combination().match(shortcut(KeyCode.DELETE)))
                .allMatch(EditorKeys.Key::typingFirst);
    }

    @Test
    void everyPartWithAKeyShowsTheKeyInItsTooltip(FxRobot robot) throws Exception {
        openNewDraftWithLine(robot, "FLEET-CORE");

        for (EditorKeys.Key key : EditorKeys.TABLE) {
            Node part = robot.lookup("#" + key.target()).query();
            if (part instanceof Control control) {
                assertThat(control.getTooltip()).as(key.target()).isNotNull();
                assertThat(control.getTooltip().getText()).as(key.target()).contains(key.keys()).contains(key.words());
            } else {
                // The chosen line's terms are made as the line is chosen: each field says the key.
                List<TextField> terms = robot.from(part).lookup(".text-field").queryAllAs(TextField.class).stream().toList();
                assertThat(terms).as(key.target()).isNotEmpty()
                        .allSatisfy(term -> assertThat(term.getTooltip().getText()).contains(key.keys()));
            }
        }
        assertThat(robot.lookup("#redoButton").queryAs(Control.class).getTooltip().getText())
                .isEqualTo("Redo (Ctrl+Y or Ctrl+Shift+Z)");
    }

    @Test
    void theReadmesKeyboardTableListsEveryKeyOfTheEditor(FxRobot robot) throws Exception {
        // The keys column of the editor's rows, one key a word: "Alt+Q / Alt+D / Alt+M" lists three.
        List<String> listed = java.nio.file.Files.readAllLines(Path.of("README.md")).stream()
                .filter(line -> line.startsWith("| editor |"))
                .flatMap(line -> java.util.Arrays.stream(line.split("\\|")[2].split("[^A-Za-z0-9+]+"))).toList();

        assertThat(listed).contains("Alt+Down", "Ctrl+L");
        for (EditorKeys.Key key : EditorKeys.TABLE) {
            assertThat(listed).as(key.keys() + " for " + key.target()).contains(key.keys());
        }
    }

    @Test
    void aKeySelectsItsTabAndEscAndCtrlDeleteYieldToTheFieldsThatUseThem(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#newButton").tryQuery().isPresent());
        chord(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> focusedId().equals("addLineField"));
        EditorViewModel editor = app.promises().editor();

        chord(robot, KeyCode.ALT, KeyCode.D);
        assertThat(editor.messageProperty().get()).isEqualTo("Choose a line first: Ctrl+L adds one, Alt+L goes to the lines");
        assertThat(focusedId()).isEqualTo("addLineField");

        robot.write("FLEET-CORE").type(KeyCode.ENTER);
        TableView<LineItem> lines = robot.lookup("#lineTable").queryTableView();
        waitUntil(() -> lines.getItems().size() == 1);
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        chord(robot, KeyCode.ALT, KeyCode.X);
        assertThat(focusedId()).isEqualTo("extraField");
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("extrasTab");

        // In a text field Ctrl+Delete deletes the next word, not the line.
        chord(robot, KeyCode.ALT, KeyCode.T);
        robot.write("Fleet rollout").type(KeyCode.HOME);
        chord(robot, KeyCode.CONTROL, KeyCode.DELETE);
        assertThat(robot.lookup("#titleField").queryTextInputControl().getText()).isEqualTo(" rollout");
        assertThat(lines.getItems()).hasSize(1);

        // Over the approval limit, Ctrl+R opens the request; Esc closes it first, and only then leaves the editor.
        chord(robot, KeyCode.ALT, KeyCode.Q);
        robot.write("600");
        waitUntil(() -> lines.getItems().get(0).chip().startsWith("Needs approval"));
        chord(robot, KeyCode.CONTROL, KeyCode.R);
        waitUntil(() -> focusedId().equals("approvalReason"));
        chord(robot, KeyCode.ESCAPE);
        assertThat(robot.lookup("#requestForm").query().isVisible()).isFalse();
        assertThat(focusedId()).isEqualTo("requestButton");
        assertThat(robot.lookup("#lineTable").query().isVisible()).isTrue();

        chord(robot, KeyCode.ALT, KeyCode.L);
        assertThat(focusedId()).isEqualTo("lineTable");
        chord(robot, KeyCode.CONTROL, KeyCode.DELETE);
        waitUntil(() -> lines.getItems().isEmpty());

        chord(robot, KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#newButton").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#lineTable").tryQuery().isEmpty());
    }

    private void openNewDraftWithLine(FxRobot robot, String code) throws Exception {
        waitUntil(() -> robot.lookup("#newButton").tryQuery().isPresent());
        chord(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> focusedId().equals("addLineField"));
        robot.write(code).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#lineTable").queryTableView().getItems().size() == 1);
    }

    private static KeyEvent shortcut(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, true, false, false);
    }

    private static KeyEvent key(KeyCode code, boolean shift, boolean control) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, control, false, false);
    }

    private static void chord(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String focusedId() {
        Node focused = scene.getFocusOwner();
        return focused == null || focused.getId() == null ? String.valueOf(focused) : focused.getId();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
