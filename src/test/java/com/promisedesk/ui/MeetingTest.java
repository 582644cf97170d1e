package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.editor.LineItem;
import com.promisedesk.ui.editor.ListItems;
import com.promisedesk.ui.shell.DesktopApp;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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

/** A whole customer meeting, played through the UI alone: draft, lines, expectations, read-back, agreement. */
@Slow
@ExtendWith(ApplicationExtension.class)
class MeetingTest {

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
    void aRepDraftsReadsBackAndIsToldWhyItCannotBeAgreedYet(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#newButton").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#addLineField").tryQuery().isPresent());

        replaceText(robot, "#customerField", "Northwind Traders");
        replaceText(robot, "#titleField", "Fleet analytics rollout");

        TableView<LineItem> lines = robot.lookup("#lineTable").queryTableView();
        addLine(robot, "SSO-SETUP", lines, 1);
        addLine(robot, "FLEET-CORE", lines, 2);
        replaceText(robot, "#quantityField", "600");
        addLine(robot, "FLEET-ROUTE", lines, 3);
        replaceText(robot, "#dateField", "+60bd");
        robot.type(KeyCode.ENTER);
        try {
            waitUntil(() -> lines.getItems().get(2).chip().equals("Under-promise"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(lines.getItems() + " date field: " + robot.lookup("#dateField").queryTextInputControl().getText()
                + " focus: " + robot.lookup("#dateField").query().getScene().getFocusOwner(), e);
        }
        assertThat(lines.getItems()).extracting(LineItem::chip)
                .containsExactly("Standard", "Needs approval · tier 2", "Under-promise");

        robot.press(KeyCode.CONTROL).type(KeyCode.U).release(KeyCode.CONTROL);
        waitUntil(() -> lines.getItems().get(2).chip().equals("Standard"));

        addExpectation(robot, "Single sign-on for every dispatcher", "1");
        addExpectation(robot, "Dashboards live for all 600 trucks", "2");
        ListView<ListItems.ExpectationItem> expectations = robot.lookup("#expectationList").queryListView();
        waitUntil(() -> expectations.getItems().size() == 2 && !expectations.getItems().get(1).unlinked());

        robot.clickOn("Responsibilities");
        ListView<ListItems.ResponsibilityItem> responsibilities = robot.lookup("#responsibilityList").queryListView();
        assertThat(responsibilities.getItems()).anyMatch(r -> r.text().equals("SSO metadata (SAML XML)") && r.fromCatalog());

        robot.type(KeyCode.F5);
        waitUntil(() -> robot.lookup(".readback-quote").tryQuery().isPresent());
        assertThat(robot.lookup(".readback-quote").queryAs(Label.class).getText())
                .isEqualTo("“Single sign-on for every dispatcher”");
        assertThat(robot.lookup(".readback-quote").queryAs(Label.class).getFont().getSize()).isGreaterThanOrEqualTo(20);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".readback-quote").queryAs(Label.class).getText().contains("600 trucks"));
        robot.type(KeyCode.L);
        robot.lookup("#wording").queryTextInputControl().clear();
        robot.clickOn("#wording").write("Dashboards for 500 trucks now; the other 100 once approved").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".readback-heading").queryAs(Label.class).getText().equals("We will deliver"));
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> robot.lookup(".readback-heading").queryAs(Label.class).getText().equals("Not yet promised"));
        assertThat(robot.lookup(".readback-detail").queryAs(Label.class).getText()).startsWith("We will confirm this by ");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#lineTable").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#refusalBox").query().isVisible());
        assertThat(robot.lookup(".refusal").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(text -> text.contains("Line 2 (Fleet analytics platform) needs tier 2 approval"));

        Promise saved = savedPromise();
        assertThat(saved.status()).isEqualTo(PromiseStatus.READ_BACK);
        assertThat(saved.customer().name()).isEqualTo("Northwind Traders");
        assertThat(saved.lines()).hasSize(3);
        assertThat(saved.expectations()).extracting(e -> e.status())
                .containsExactly(ExpectationStatus.CONFIRMED, ExpectationStatus.CLARIFIED);
        assertThat(saved.expectations().get(1).clarified()).isEqualTo("Dashboards for 500 trucks now; the other 100 once approved");
    }

    private Promise savedPromise() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> app.promises().editor().saveStateProperty().get().equals("Saved"));
        try (LocalStore second = LocalStore.open(dataDir)) {
            return second.promises().find(app.promises().editor().promiseProperty().get().id()).orElseThrow();
        }
    }

    private static void addLine(FxRobot robot, String code, TableView<LineItem> lines, int count) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        robot.write(code).type(KeyCode.ENTER);
        try {
            waitUntil(() -> lines.getItems().size() == count);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("expected " + count + " lines after adding " + code + ", have "
                    + lines.getItems() + "; field holds \"" + robot.lookup("#addLineField").queryTextInputControl().getText() + "\"", e);
        }
        robot.type(KeyCode.ESCAPE);
    }

    private static void addExpectation(FxRobot robot, String words, String line) throws Exception {
        replaceText(robot, "#expectationField", words);
        robot.type(KeyCode.ENTER);
        replaceText(robot, "#linkField", line);
        robot.type(KeyCode.ENTER);
    }

    /** Puts the keyboard in {@code field} (as Tab would) with its text selected, and types over it. */
    private static void replaceText(FxRobot robot, String field, String text) {
        javafx.scene.control.TextInputControl input = robot.lookup(field).queryTextInputControl();
        robot.interact(() -> {
            input.requestFocus();
            input.selectAll();
        });
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
