package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.Extra;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Responsibility;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.editor.DateInput;
import com.promisedesk.ui.editor.EditorViewModel;
import com.promisedesk.ui.editor.LineItem;
import com.promisedesk.ui.shell.DesktopApp;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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

/**
 * A rep types while the customer talks: a whole meeting (header, five lines, a line's quantity,
 * date, term and reason, a responsibility, an extra, three expectations linked to their lines,
 * read-back) driven by keys alone, counting every key spent on getting somewhere rather than
 * on typing. Typing (letters, digits, punctuation) and the Enter that commits a field are free.
 */
@Slow
@ExtendWith(ApplicationExtension.class)
class KeyboardMeetingTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KeyboardMeetingTest.class);

    /** The editor's parts this meeting reaches; each may cost two keys at most. */
    private static final int PARTS = 10;
    private static final int BUDGET = 2 * PARTS;
    private static final Set<KeyCode> MOVES = Set.of(KeyCode.TAB, KeyCode.UP, KeyCode.DOWN, KeyCode.LEFT,
            KeyCode.RIGHT, KeyCode.HOME, KeyCode.END, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN, KeyCode.ESCAPE);

    @TempDir
    Path dataDir;

    private DesktopApp app;
    private Scene scene;
    private final List<String> navigation = new ArrayList<>();
    private int chords;

    @Start
    void start(Stage stage) {
        app = new DesktopApp(dataDir);
        app.show(stage);
        scene = stage.getScene();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (spentOnNavigation(event)) {
                navigation.add((event.isAltDown() ? "Alt+" : "") + (event.isShortcutDown() ? "Ctrl+" : "")
                        + (event.isShiftDown() ? "Shift+" : "") + event.getCode().getName());
            }
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** A key that moves the keyboard or acts (chords, Tab, arrows, Esc, F-keys); not typing, not a plain Enter. */
    private static boolean spentOnNavigation(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code.isModifierKey()) {
            return false; // a chord counts once, by its last key
        }
        if (event.isShortcutDown() || event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            return true;
        }
        return MOVES.contains(code) || code.isFunctionKey();
    }

    @Test
    void aWholeMeetingByKeysSpendsAtMostTwoKeysOnReachingEachPart(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#newButton").tryQuery().isPresent());
        chord(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> focusedId().equals("addLineField"));

        reach(robot, "customerField", KeyCode.ALT, KeyCode.C);
        robot.write("Northwind Traders");
        reach(robot, "titleField", KeyCode.ALT, KeyCode.T);
        robot.write("Fleet rollout");

        reach(robot, "addLineField", KeyCode.CONTROL, KeyCode.L);
        TableView<LineItem> lines = robot.lookup("#lineTable").queryTableView();
        List<String> codes = List.of("SSO-SETUP", "FLEET-ROUTE", "TRAIN-ADMIN", "ONB-STD", "FLEET-CORE");
        for (String code : codes) {
            int before = lines.getItems().size();
            robot.write(code).type(KeyCode.ENTER);
            waitUntil(() -> lines.getItems().size() == before + 1);
        }

        // The line just added is the chosen one: its quantity, date, first term and reason.
        reach(robot, "quantityField", KeyCode.ALT, KeyCode.Q);
        robot.write("120");
        reach(robot, "dateField", KeyCode.ALT, KeyCode.D);
        robot.write("+30bd").type(KeyCode.ENTER);
        reach(robot, null, KeyCode.ALT, KeyCode.M);
        assertThat(robot.lookup("#termBox").query().lookupAll(".text-field")).contains(focused());
        robot.write("12");
        waitUntil(() -> lines.getItems().get(4).chip().equals("Under-promise"));
        reach(robot, "underPromiseField", KeyCode.ALT, KeyCode.U);
        assertInSight(robot, "underPromiseField");
        robot.write("Their trucks arrive in spring");

        // Each tab's field selects its tab first: Responsibilities, One-time extras, then back to Expectations.
        reach(robot, "responsibilityField", KeyCode.ALT, KeyCode.R);
        robot.write("Vehicle list with registration numbers").type(KeyCode.ENTER);
        reach(robot, "extraField", KeyCode.ALT, KeyCode.X);
        robot.write("Two extra dispatcher seats for the pilot").type(KeyCode.ENTER);
        reach(robot, "expectationField", KeyCode.ALT, KeyCode.E);
        robot.write("Single sign-on for every dispatcher #1").type(KeyCode.ENTER);
        robot.write("Dashboards for the whole fleet [2, 5]").type(KeyCode.ENTER);
        robot.write("Admins trained before go-live").type(KeyCode.ENTER);
        reach(robot, "linkField", KeyCode.TAB);
        robot.write("3, 4").type(KeyCode.ENTER);

        chord(robot, KeyCode.F5);
        waitUntil(() -> robot.lookup(".readback-quote").tryQuery().isPresent());

        LOG.info("Keys spent on getting somewhere: {} of {}: {}", navigation.size(), BUDGET, navigation);
        assertThat(navigation).as("the count sees every key this test pressed to get somewhere")
                .hasSizeGreaterThanOrEqualTo(chords);
        assertThat(navigation).as("keys spent on getting somewhere: %s", navigation).hasSizeLessThanOrEqualTo(BUDGET);
        Promise saved = savedPromise();
        assertThat(saved.status()).isEqualTo(PromiseStatus.READ_BACK);
        assertThat(saved.customer().name()).isEqualTo("Northwind Traders");
        assertThat(saved.title()).isEqualTo("Fleet rollout");
        assertThat(saved.lines()).extracting(CommitmentLine::capability).containsExactlyElementsOf(codes);
        CommitmentLine fleet = saved.lines().get(4);
        assertThat(fleet.quantity()).isEqualTo(120);
        EditorViewModel editor = app.promises().editor();
        assertThat(fleet.date()).isNotNull()
                .isEqualTo(new DateInput(saved.start(), editor.judging().checker().calendar()).parse("+30bd").orElseThrow());
        assertThat(fleet.terms()).containsEntry("dataRetentionMonths", new BigDecimal("12"));
        assertThat(fleet.underPromiseReason()).isEqualTo("Their trucks arrive in spring");
        assertThat(saved.expectations()).extracting(Expectation::text).containsExactly(
                "Single sign-on for every dispatcher", "Dashboards for the whole fleet", "Admins trained before go-live");
        assertThat(saved.expectations()).extracting(Expectation::lines)
                .containsExactly(List.of(0), List.of(1, 4), List.of(2, 3));
        assertThat(saved.responsibilities()).extracting(Responsibility::text)
                .containsExactly("Vehicle list with registration numbers");
        assertThat(saved.extras()).extracting(Extra::text).containsExactly("Two extra dispatcher seats for the pilot");
    }

    /** Presses {@code keys} as one chord and checks the keyboard landed in {@code fieldId} (null: checked by the caller). */
    private void reach(FxRobot robot, String fieldId, KeyCode... keys) throws Exception {
        chord(robot, keys);
        if (fieldId != null) {
            try {
                waitUntil(() -> focusedId().equals(fieldId));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError(String.join("+", java.util.Arrays.stream(keys).map(KeyCode::getName).toList())
                        + " should put the keyboard in " + fieldId + ", but it is in " + focusedId(), e);
            }
        }
    }

    /** The field the keyboard is in can be seen: the detail pane scrolled to it. */
    private static void assertInSight(FxRobot robot, String fieldId) {
        WaitForAsyncUtils.waitForFxEvents();
        Node field = robot.lookup("#" + fieldId).query();
        Node pane = field;
        while (!(pane instanceof javafx.scene.control.ScrollPane)) {
            pane = pane.getParent();
        }
        javafx.geometry.Bounds seen = pane.localToScene(pane.getLayoutBounds());
        javafx.geometry.Bounds where = field.localToScene(field.getLayoutBounds());
        assertThat(where.getMaxY()).as(fieldId + " bottom within the pane").isLessThanOrEqualTo(seen.getMaxY());
        assertThat(where.getMinY()).as(fieldId + " top within the pane").isGreaterThanOrEqualTo(seen.getMinY());
    }

    private void chord(FxRobot robot, KeyCode... keys) {
        chords++;
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focused() {
        return scene.getFocusOwner();
    }

    private String focusedId() {
        Node focused = focused();
        return focused == null || focused.getId() == null ? String.valueOf(focused) : focused.getId();
    }

    private Promise savedPromise() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> app.promises().editor().saveStateProperty().get().equals("Saved"));
        try (LocalStore second = LocalStore.open(dataDir)) {
            return second.promises().find(app.promises().editor().promiseProperty().get().id()).orElseThrow();
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
