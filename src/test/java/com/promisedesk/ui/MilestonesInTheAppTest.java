package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.shell.DesktopApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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

/** The real app: M on an agreed promise in the list opens its milestones; what is added waits to be synced. */
@Slow
@ExtendWith(ApplicationExtension.class)
class MilestonesInTheAppTest {

    @TempDir
    Path dataDir;

    private DesktopApp app;
    private final UUID promiseId = UUID.randomUUID();

    @Start
    void start(Stage stage) {
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.promises().save(new Promise(promiseId, new Customer("Northwind Traders", "EU", null), "Fleet analytics",
                    LocalDate.of(2026, 11, 23), PromiseStatus.AGREED, List.of(CommitmentLine.of("ONB-STD", 1, null)),
                    List.of(), List.of(), List.of()));
        }
        app = new DesktopApp(dataDir);
        app.show(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void mOnAnAgreedPromiseOpensItsMilestones(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#promiseTable").tryQuery().isPresent());
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1); // Today is the first screen
        TableView<?> table = robot.lookup("#promiseTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.M);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#milestoneList").tryQuery().isPresent());

        robot.clickOn("#textField").write("Workspace set up");
        robot.clickOn("#dueField").write("2026-12-01");
        robot.type(KeyCode.ENTER);
        ListView<?> list = robot.lookup("#milestoneList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(store.milestones().list(promiseId)).singleElement()
                    .satisfies(row -> assertThat(row.milestone().text()).isEqualTo("Workspace set up"));
        }
    }
}
