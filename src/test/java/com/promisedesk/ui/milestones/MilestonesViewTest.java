package com.promisedesk.ui.milestones;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.MilestoneRow;
import com.promisedesk.ui.shell.DesktopApp;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.ViewLoader;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Milestones section loads from its FXML; a rep adds a milestone by typing, marks it done with Space, leaves with Escape. */
@Slow
@ExtendWith(ApplicationExtension.class)
class MilestonesViewTest {

    private LocalStore store;
    private final UUID promiseId = UUID.randomUUID();
    private final AtomicBoolean back = new AtomicBoolean();

    @Start
    void start(Stage stage) throws Exception {
        store = LocalStore.open(Files.createTempDirectory("milestones-view"));
        store.promises().save(new Promise(promiseId, new Customer("Northwind Traders", "EU", null), "Fleet analytics",
                LocalDate.of(2026, 11, 23), PromiseStatus.AGREED, List.of(CommitmentLine.of("ONB-STD", 1, null)),
                List.of(), List.of(), List.of()));
        store.milestones().add(promiseId, "Workspace set up", LocalDate.of(2026, 12, 1));
        MilestonesViewModel model = new MilestonesViewModel(store.milestones(), promiseId, PromiseStatus.AGREED,
                Threads.inline());
        MilestonesView view = new MilestonesView(model, "Northwind Traders · Fleet analytics", () -> back.set(true));
        Scene scene = new Scene(ViewLoader.load(MilestonesView.class, () -> view), 1000, 600);
        scene.getStylesheets().add(DesktopApp.class.getResource("/com/promisedesk/ui/promisedesk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void addingByTypingSpaceMarksTheSelectedOneDoneAndEscapeGoesBack(FxRobot robot) throws Exception {
        ListView<MilestonesViewModel.Item> list = robot.lookup("#milestoneList").queryListView();
        assertThat(list.getItems()).hasSize(1);
        robot.clickOn("#textField").write("Admins trained");
        robot.clickOn("#dueField").write("2026-12-15");
        robot.clickOn("#addButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 2);

        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(1);
        });
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store.milestones().list(promiseId)).extracting(MilestoneRow::position, r -> r.milestone().done())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true));
        robot.type(KeyCode.ESCAPE);
        assertThat(back).isTrue();
    }
}
