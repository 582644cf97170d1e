package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.DeliveryMark;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Responsibility;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.milestones.DeliveryViewModel;
import com.promisedesk.ui.promises.PromiseListItem;
import com.promisedesk.ui.shell.DesktopApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

/**
 * The real app, by keyboard: M on an agreed promise opens its Delivery screen; the rep keeps the
 * proposed milestones (Ctrl+K), marks one done (Space), a line delivered on time and one late (D),
 * one cancelled with a reason (C); the screen shows each line's promised day, state and days late
 * and the history, and the store holds every mark. The promise list shows the customer's record.
 * Writes target/screens/delivery-1280x800.png to look at.
 */
@Slow
@ExtendWith(ApplicationExtension.class)
class DeliveryInTheAppTest {

    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    /** 09:00 on 10 Dec 2026 and ticking: marks recorded one after another are ordered by when. */
    private static final Clock CLOCK = Clock.offset(Clock.system(ZoneOffset.UTC),
            java.time.Duration.between(Instant.now(), Instant.parse("2026-12-10T09:00:00Z")));

    @TempDir
    Path dataDir;

    private DesktopApp app;
    private Stage stage;
    private final UUID promiseId = UUID.randomUUID();
    private final UUID keptId = UUID.randomUUID();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        try (LocalStore store = LocalStore.open(dataDir)) {
            Customer northwind = new Customer("Northwind Traders", "EU", "Anna Berg");
            store.promises().save(new Promise(promiseId, northwind, "Fleet analytics", DEC_1.minusDays(8),
                    PromiseStatus.AGREED, DEC_1.minusDays(10), List.of(CommitmentLine.of("FLEET-CORE", 40, DEC_1),
                    CommitmentLine.bespoke("ERP export of trips", DEC_1), CommitmentLine.bespoke("Driver workshop",
                    DEC_1.plusDays(2)), CommitmentLine.bespoke("Go-live review", DEC_1.plusDays(4))), List.of(),
                    List.of(new Responsibility("Driver roster with licence numbers", DEC_1.minusDays(3), List.of(0))),
                    List.of()));
            // An earlier promise to the same customer, kept on time: their record on the list.
            store.promises().save(new Promise(keptId, northwind, "Pilot", DEC_1.minusDays(60), PromiseStatus.AGREED,
                    DEC_1.minusDays(61), List.of(CommitmentLine.bespoke("Pilot report", DEC_1.minusDays(30))), List.of(),
                    List.of(), List.of()));
            store.deliveries().record(keptId, DeliveryMark.delivered(0, DEC_1.minusDays(31), CLOCK.instant()),
                    p -> List.of(DEC_1.minusDays(30)), DEC_1);
        }
        app = new DesktopApp(dataDir, CLOCK);
        app.show(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theRepRecordsDeliveriesByKeyboardAndSeesEachLinesState(FxRobot robot) throws Exception {
        robot.interact(() -> ScreenTour.place(stage, 1280, 800));
        waitUntil(() -> robot.lookup("#promiseTable").tryQuery().isPresent());
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1); // Today is the first screen
        TableView<PromiseListItem> promises = robot.lookup("#promiseTable").queryTableView();
        waitUntil(() -> promises.getItems().size() == 2);
        assertThat(promises.getItems()).extracting(PromiseListItem::customerWithRecord)
                .containsOnly("Northwind Traders  ·  1 of 1 kept (100%)");
        robot.interact(() -> {
            promises.requestFocus();
            promises.getSelectionModel().select(promises.getItems().stream()
                    .filter(i -> i.id().equals(promiseId)).findFirst().orElseThrow());
        });
        robot.type(KeyCode.M);
        waitUntil(() -> robot.lookup("#lineTable").tryQuery().map(t -> ((TableView<?>) t).getItems().size() == 4)
                .orElse(false));
        TableView<DeliveryViewModel.LineItem> lines = robot.lookup("#lineTable").queryTableView();
        assertThat(lines.isFocused()).as("the keyboard is on the lines").isTrue();
        ListView<?> proposals = robot.lookup("#proposalList").queryListView();
        waitUntil(() -> proposals.getItems().size() == 4);

        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        ListView<?> milestones = robot.lookup("#milestoneList").queryListView();
        waitUntil(() -> milestones.getItems().size() == 4);
        robot.interact(() -> {
            milestones.requestFocus();
            milestones.getSelectionModel().select(0);
        });
        robot.type(KeyCode.SPACE);

        deliver(robot, lines, 0, "2026-12-01", KeyCode.D);
        deliver(robot, lines, 1, "4.12.2026", KeyCode.D);
        robot.press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);
        robot.write("Trainer fell ill; we run it in January");
        deliver(robot, lines, 2, "2026-12-03", KeyCode.C);
        waitUntil(() -> lines.getItems().get(2).state().startsWith("cancelled"));

        assertThat(lines.getItems()).extracting(DeliveryViewModel.LineItem::state).containsExactly(
                "delivered Tue 1 Dec 2026", "delivered Fri 4 Dec 2026, 3 days late",
                "cancelled Thu 3 Dec 2026", "overdue by 5 days");
        assertThat(lines.getItems()).extracting(DeliveryViewModel.LineItem::daysLate).containsExactly("", "3", "", "");
        ListView<?> history = robot.lookup("#historyList").queryListView();
        assertThat(history.getItems()).hasSize(3).first().asString().startsWith("Line 3 cancelled by us");
        Label status = robot.lookup("#deliveryStatus").queryAs(Label.class);
        assertThat(status.getText()).startsWith("In delivery").contains("3 of 4 lines").contains("1 late");

        List<String> findings = new ArrayList<>();
        Path screens = Files.createDirectories(Path.of("target", "screens"));
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            findings.addAll(new LayoutCheck(List.of(), List.of()).findings(stage.getScene()));
            try {
                ScreenShots.write(stage.getScene().snapshot(null), screens.resolve("delivery-1280x800.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(findings).as("nothing cut off or overlapping at 1280×800").isEmpty();
        assertThat(history.getItems().get(0)).asString().endsWith(": Trainer fell ill; we run it in January");

        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(store.deliveries().marksOf(promiseId)).extracting(DeliveryMark::line).containsExactly(0, 1, 2);
            assertThat(store.promises().find(promiseId).orElseThrow().status()).isEqualTo(PromiseStatus.IN_DELIVERY);
            assertThat(store.milestones().list(promiseId)).hasSize(4).first().satisfies(m -> assertThat(m.milestone().done())
                    .isTrue());
        }
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#promiseTable").tryQuery().isPresent());
    }

    /** Selects line {@code row}, types the day into the date field (Alt+O) and presses {@code key} on the lines (Alt+L). */
    private void deliver(FxRobot robot, TableView<DeliveryViewModel.LineItem> lines, int row, String day, KeyCode key)
            throws Exception {
        robot.press(KeyCode.ALT).type(KeyCode.O).release(KeyCode.ALT);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(day);
        robot.press(KeyCode.ALT).type(KeyCode.L).release(KeyCode.ALT);
        robot.interact(() -> lines.getSelectionModel().select(row));
        String before = lines.getItems().get(row).state();
        robot.type(key);
        waitUntil(() -> !lines.getItems().get(row).state().equals(before));
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            // What the status bar said is why, most of the time.
            throw new AssertionError("timed out; the window says: " + texts(stage.getScene().getRoot()), e);
        }
    }

    private static String texts(javafx.scene.Node node) {
        StringBuilder texts = new StringBuilder();
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.isVisible() && labeled.getText() != null) {
            texts.append(labeled.getText()).append(" | ");
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts.append(texts(child)));
        }
        return texts.toString();
    }
}
