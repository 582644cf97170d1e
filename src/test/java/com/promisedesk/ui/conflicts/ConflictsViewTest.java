package com.promisedesk.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.store.Conflict;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.SyncRecords;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.ViewLoader;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Conflicts screen loads from its FXML, lists a conflict and resolves it through its button. */
@Slow
@ExtendWith(ApplicationExtension.class)
class ConflictsViewTest {

    private LocalStore store;
    private UUID promiseId;

    @Start
    void start(Stage stage) throws Exception {
        store = LocalStore.open(Files.createTempDirectory("conflicts-view"));
        promiseId = UUID.randomUUID();
        Promise theirs = promise("Rollout, phase 1");
        store.sync().applyPulled(new SyncRecords.PulledPage(List.of(new SyncRecords.SyncedPromise(theirs, 2)),
                List.of(new Conflict(UUID.randomUUID(), promiseId, "open", 1, PromiseFile.write(promise("Rollout")),
                        2, PromiseFile.write(theirs), PromiseFile.write(promise("Rollout, all depots")),
                        Instant.parse("2026-11-23T17:00:00Z"))), List.of(), null, 3, true));
        ConflictsViewModel model = new ConflictsViewModel(store.sync(), Threads.inline(), () -> CurrentCatalog.loadOrImportSample(store), () -> { });
        stage.setScene(new Scene(ViewLoader.load(ConflictsView.class, () -> new ConflictsView(model)), 1000, 600));
        stage.show();
    }

    private Promise promise(String title) {
        return new Promise(promiseId, new Customer("Northwind", "EU", null), title, LocalDate.of(2026, 11, 23),
                PromiseStatus.DRAFT, List.of(CommitmentLine.of("ONB-STD", 1, null)), List.of(), List.of(), List.of());
    }

    private static List<String> texts(FxRobot robot) {
        return java.util.stream.Stream.of(".table-text", ".changed-text")
                .flatMap(style -> robot.lookup(style).queryAllAs(javafx.scene.text.Text.class).stream())
                .map(javafx.scene.text.Text::getText).toList();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void pickingAConflictShowsItsFieldsAndResolveQueuesTheResult(FxRobot robot) throws Exception {
        ListView<ConflictItem> list = robot.lookup("#conflictList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        assertThat(robot.lookup("#conflictPanes").query().isVisible()).as("the panes, once there is a conflict").isTrue();
        TableView<FieldChoice> table = robot.lookup("#fieldTable").queryTableView();
        assertThat(list.getSelectionModel().getSelectedIndex()).as("the first conflict opens by itself").isZero();
        assertThat(table.getItems()).as("only the field the sides disagree on").extracting(FieldChoice::label)
                .containsExactly("Title");
        assertThat(texts(robot)).contains("Rollout", "Rollout, phase 1", "Rollout, all depots");
        robot.clickOn("#showSame");
        assertThat(table.getItems()).hasSize(9);
        assertThat(texts(robot)).contains("Mon 23 Nov 2026", "Draft", "1. Standard onboarding × 1 · standard date")
                .noneMatch(text -> text.contains("CommitmentLine["));
        assertThat(robot.lookup("#resolveButton").queryAs(Button.class).isDisabled()).isFalse();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(1);
        });
        robot.type(javafx.scene.input.KeyCode.Y);
        assertThat(table.getItems().get(1).pickProperty().get()).as("Y takes yours for the selected field")
                .isEqualTo(com.promisedesk.sync.ConflictFields.Side.YOURS);
        robot.type(javafx.scene.input.KeyCode.T);
        robot.clickOn("#resolveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !store.sync().pendingPushes(10).isEmpty());
        assertThat(store.promises().find(promiseId).orElseThrow().title()).isEqualTo("Rollout, phase 1");
    }
}
