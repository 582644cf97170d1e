package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.desk.TodayScene;
import com.promisedesk.ui.shell.DesktopApp;
import com.promisedesk.ui.today.TodayViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
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

/**
 * The real app on Wed 9 Dec 2026 over {@link TodayScene}'s store: Today is the first screen, with
 * a row of each kind; Ctrl+1 leaves it, Ctrl+0 comes back, Enter on a row opens the place to act.
 * Writes target/screens/today-1280x800.png.
 */
@Slow
@ExtendWith(ApplicationExtension.class)
class TodayInTheAppTest {

    @TempDir
    Path dataDir;

    private DesktopApp app;
    private Stage stage;

    @Start
    void start(Stage given) throws Exception {
        TodayScene.write(dataDir);
        stage = given;
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
        app = new DesktopApp(dataDir, TodayScene.CLOCK);
        app.show(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private ListView<TodayViewModel.Row> list(FxRobot robot) {
        return robot.lookup("#todayList").queryAs(ListView.class);
    }

    private static String texts(ListView<TodayViewModel.Row> list) {
        return String.join("\n", list.getItems().stream().map(r -> r.chip() + " | " + r.text() + " | " + r.detail()).toList());
    }

    @Test
    void todayIsTheFirstScreenWithARowOfEachKindAndCtrlZeroComesBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#todayList").tryQuery().isPresent()
                && list(robot).getItems().size() > 10);
        assertThat(robot.lookup("#todayButton").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#todayList").query().getParent().isVisible()).isTrue();
        String rows = texts(list(robot));
        assertThat(rows).contains("Overdue | Deliver line 1: Fleet analytics platform | Northwind Traders · Fleet analytics"
                        + " for the Chicago depot · Overdue since Tue 1 Dec 2026")
                .contains("At risk | Ostwind Logistik · Tachograph compliance for 40 trucks | Line 1 (Tachograph compliance):"
                        + " catalog 2026.12.1 judges it not deliverable")
                .contains("Approved | Line 1 of Ostwind Logistik · Tachograph compliance for 40 trucks (decided Tue 8 Dec 2026 15:00)")
                .contains("Update | Northwind Traders · Fleet analytics for the Chicago depot: 3 reasons at risk")
                .contains("Thank-you | Thank Baltic Freight").contains("Repeat customer | Northwind Traders came back")
                .contains("Anniversary | 1 year on Thu 10 Dec 2026 since Kestrel Haulage");
        Path shots = Files.createDirectories(Path.of("target/screens"));
        shoot(robot, shots.resolve("today-1280x800.png"));
        ListView<TodayViewModel.Row> list = list(robot);
        robot.interact(() -> list.scrollTo(list.getItems().size() - 1));
        shoot(robot, shots.resolve("today-end-1280x800.png"));

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#promisesButton").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#todayList").query().getParent().isVisible()).isFalse();
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#todayButton").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#todayList").query().getParent().isVisible()).isTrue();
    }

    private void shoot(FxRobot robot, Path file) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                ScreenShots.write(stage.getScene().snapshot(null), file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void enterOnARowOpensThePlaceToAct(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#todayList").tryQuery().isPresent()
                && list(robot).getItems().size() > 10);
        ListView<TodayViewModel.Row> list = list(robot);
        int decision = list.getItems().stream().map(TodayViewModel.Row::chip).toList().indexOf("Approved");
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(decision);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#approvalsButton").queryAs(ToggleButton.class).isSelected()).isTrue();
        TableView<?> approvals = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> approvals.getItems().size() == 1);

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT0);
        // Seen on the Approvals screen: the decision is no longer new.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> texts(list).contains("No new approval decisions."));
        int atRisk = list.getItems().stream().map(TodayViewModel.Row::chip).toList().indexOf("At risk");
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(atRisk);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.promises().editor() != null
                && app.promises().editor().promiseProperty().get().id().equals(TodayScene.CHICAGO));
        assertThat(robot.lookup("#promisesButton").queryAs(ToggleButton.class).isSelected()).isTrue();
    }
}
