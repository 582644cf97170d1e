package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.store.CapabilityRow;
import com.promisedesk.ui.shell.DesktopApp;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real app on a fresh data folder, driven through its UI (headless under Monocle by default). */
@Slow
@ExtendWith(ApplicationExtension.class)
class DesktopAppTest {

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
    void firstRunAsksToConnectAndWorkingOfflineOpensThePromisesWithTheSampleCatalog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#catalogStatus").queryAs(Label.class).getText().startsWith("Catalog "));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#workOffline").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(robot.lookup("#promisesButton").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isFalse();
        robot.clickOn("#workOffline");
        assertThat(robot.lookup("#promisesButton").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#pendingStatus").queryAs(Label.class).getText().equals("Nothing to sync"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#emptyState").queryAs(VBox.class).isVisible());
    }

    @Test
    void typingInTheCatalogSearchNarrowsTheListAndSelectingShowsTheDetail(FxRobot robot) throws Exception {
        TableView<CapabilityRow> table = capabilityTable(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() > 10);
        int everything = table.getItems().size();
        CapabilityRow wanted = table.getItems().get(everything / 2);

        robot.clickOn("#catalogButton");
        robot.clickOn("#catalogSearch").write(wanted.code());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> table.getItems().size() < everything && table.getItems().contains(wanted));

        robot.clickOn(robot.from(table).lookup(wanted.name()).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(wanted);
        Label title = robot.lookup(".detail-title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo(wanted.name());
        assertThat(robot.lookup(".fact-name").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Lead time", "Requires", "Owner");
    }

    @Test
    void keyboardSwitchesScreens(FxRobot robot) throws Exception {
        capabilityTable(robot);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#catalogButton").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT3)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("No exception requests").tryQuery()).isPresent();
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT4)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lastSync").queryAs(Label.class)
                .getText().equals("Never synced"));
        assertThat(robot.lookup("#syncButton").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#syncNow").query().isFocused()).isTrue();
    }

    private static TableView<CapabilityRow> capabilityTable(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#capabilityTable").tryQuery().isPresent());
        return robot.lookup("#capabilityTable").queryTableView();
    }
}
