package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.cli.PromiseDeskCommand;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.NoticeRow;
import com.promisedesk.ui.milestones.DeliveryViewModel;
import com.promisedesk.ui.milestones.MilestonesViewModel;
import com.promisedesk.ui.promises.PromiseListItem;
import com.promisedesk.ui.shell.DesktopApp;
import com.promisedesk.ui.today.TodayViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19 through the app, against a central store on loopback (KeepingAPromiseTest tells the
 * same story on the command line): on the Delivery screen line 1 is delivered on time and a
 * milestone is left to slip; a new catalog retiring line 3's capability comes down with a sync
 * from the Sync screen; Today lists the overdue line, the slipped milestone and the promise at
 * risk; the notice is drafted (N), planned, issued and marked sent; line 2 arrives late and line
 * 3 is cancelled, so the promise is BROKEN and the list shows the customer's record; after a sync
 * the rep's second device has the deliveries, milestones, revision and notice.
 * Writes target/screens/issue19-{today,at-risk,notice}-1280x800.png.
 */
@Slow
@ExtendWith(ApplicationExtension.class)
class KeepingAPromiseInTheAppTest {

    private static final String CUSTOMER = "Ostwind Spedition GmbH";
    private static final String PLAN = "A second trainer joins on Monday; we deliver the onboarding within the week";
    /** How an English notice writes a date. */
    private static final DateTimeFormatter CUSTOMER_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @TempDir
    Path dir;

    private final UUID id = UUID.randomUUID();
    private final LocalDate today = LocalDate.now();
    private CentralStoreForTheApp central;
    private String catalog;
    private Path laptop;
    private DesktopApp app;
    private Stage stage;

    @Start
    void start(Stage given) throws Exception {
        stage = given;
        central = new CentralStoreForTheApp(dir.resolve("central"));
        laptop = dir.resolve("laptop");
        catalog = CentralStoreForTheApp.sampleCatalog();
        central.publish(catalog);
        Path promise = Files.writeString(dir.resolve("promise.json"), """
                { "id": "%s", "customer": { "name": "%s", "region": "EU", "contact": "Jana Ost" },
                  "title": "Fleet platform for the Hamburg depot", "start": "%s", "status": "AGREED", "agreedOn": "%s",
                  "lines": [
                    { "capability": "FLEET-CORE", "quantity": 1, "date": "%s" },
                    { "capability": "ONB-STD", "quantity": 1, "date": "%s" },
                    { "capability": "TRAIN-DISPATCH", "quantity": 1, "date": "%s" } ] }
                """.formatted(id, CUSTOMER, today.minusDays(40), today.minusDays(40), today.minusDays(20),
                today.minusDays(10), today.plusDays(20)));
        // The agreed promise comes in from a file and the laptop is connected, as the command line does it.
        command("--data-dir", laptop.toString(), "promise", "import", promise.toString());
        command("--data-dir", laptop.toString(), "sync", "--server", central.url(), "--token", central.token("anna", "rep"));
        ScreenTour.place(stage, 1280, 800);
        app = new DesktopApp(laptop);
        app.show(stage);
    }

    @AfterEach
    void close() {
        app.close();
        central.close();
    }

    @Test
    void aPromiseIsDeliveredSlipsIsNoticedEndsBrokenAndReachesTheRepsOtherDevice(FxRobot robot) throws Exception {
        waitUntil("Today is the first screen", () -> visible(robot, "#todayList"));

        // The Delivery screen (M): line 1 on time, a milestone done, one left to slip.
        TableView<DeliveryViewModel.LineItem> lines = deliveryScreen(robot);
        deliver(robot, lines, 0, today.minusDays(21), KeyCode.D);
        ListView<MilestonesViewModel.Item> milestones = robot.lookup("#milestoneList").queryListView();
        addMilestone(robot, milestones, "Kick-off held", today.minusDays(30));
        addMilestone(robot, milestones, "Dispatchers trained", today.minusDays(3));
        robot.interact(() -> {
            milestones.requestFocus();
            milestones.getSelectionModel().select(milestones.getItems().stream()
                    .filter(m -> m.text().equals("Kick-off held")).findFirst().orElseThrow());
        });
        robot.type(KeyCode.SPACE);
        waitUntil("the kick-off is done", () -> milestones.getItems().stream()
                .anyMatch(m -> m.text().equals("Kick-off held") && m.done()));
        assertThat(lines.getItems()).extracting(DeliveryViewModel.LineItem::state)
                .first().asString().startsWith("delivered");
        assertThat(lines.getItems().get(1).state()).isEqualTo("overdue by 10 days");
        robot.type(KeyCode.ESCAPE);

        // A new catalog retires line 3's capability; it comes down with a sync from the Sync screen.
        central.publish(CentralStoreForTheApp.retire(catalog.replace("\"2026.11.2\"", "\"2026.12.9\""), "TRAIN-DISPATCH"));
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
        Label status = robot.lookup((Node n) -> n instanceof Label && "status".equals(n.getId())).queryAs(Label.class);
        robot.push(KeyCode.F9);
        waitUntil("the sync brings the new catalog", () -> status.getText().startsWith("Synced: ")
                && status.getText().contains("2026.12.9"));

        // The app judges by the new catalog once the status bar names it. Today is read again when it is
        // shown; it is not when the catalog changes under it (the sync's end refreshes it before the reload).
        waitUntil("the status bar names the new catalog", () -> robot.lookup("#catalogStatus").queryAs(Label.class)
                .getText().equals("Catalog 2026.12.9"));

        // Today: the overdue line, the slipped milestone, the promise at risk with the retired capability.
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT0);
        ListView<TodayViewModel.Row> todayList = robot.lookup("#todayList").queryListView();
        try {
            waitUntil("Today judges by the new catalog", () -> rows(todayList).contains("catalog 2026.12.9 judges"));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; Today lists:\n" + rows(todayList), e);
        }
        String rows = rows(todayList);
        assertThat(rows).as(rows).containsPattern("Overdue \\| Deliver line 2[^\\n]*" + CUSTOMER)
                .containsPattern("Overdue \\| [^\\n]*Dispatchers trained")
                .containsPattern("At risk \\| " + CUSTOMER + "[^|]*\\|[^|]*catalog 2026.12.9 judges it[^|]*retired");
        assertThat(rows).doesNotContain("Kick-off held");
        shoot(robot, stage, "issue19-today-1280x800.png");
        robot.interact(() -> {
            todayList.requestFocus();
            todayList.getSelectionModel().select(todayList.getItems().stream()
                    .filter(r -> "At risk".equals(r.chip())).findFirst().orElseThrow());
            todayList.scrollTo(todayList.getSelectionModel().getSelectedIndex());
        });
        shoot(robot, stage, "issue19-at-risk-1280x800.png");

        // The notice (N on the list): drafted from what is at risk, planned, previewed, issued, sent.
        promiseList(robot);
        robot.type(KeyCode.N);
        waitUntil("the notice window", () -> noticeWindow() != null);
        Stage notice = noticeWindow();
        Label message = (Label) notice.getScene().lookup(".notice-message");
        Label standing = (Label) notice.getScene().lookup(".notice-standing");
        Label page = (Label) notice.getScene().lookup(".page-label");
        waitUntil("the draft is laid out", () -> page.getText().startsWith("Page 1 of"));
        TextArea changed = (TextArea) notice.getScene().lookup("#changedField");
        assertThat(changed.getText()).as(changed.getText()).contains("Dispatchers trained")
                .contains("Dispatcher workshop: we can no longer deliver this");
        robot.clickOn(notice.getScene().lookup("#planField")).write(PLAN);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil("the draft is kept", () -> message.getText().equals("Draft kept."));
        shoot(robot, notice, "issue19-notice-1280x800.png");
        // Headless there is no file chooser (Monocle refuses it): Ctrl+P issues the notice before the printer is asked for.
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitUntil("the notice is issued", () -> standing.getText().startsWith("Issued with revision 1"));
        Path pdf = dir.resolve("notice.pdf");
        command("--data-dir", laptop.toString(), "notice", "export", id.toString(), "--format", "pdf", "--out",
                pdf.toString());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document).replace('\n', ' ');
        }
        assertThat(text).contains(CUSTOMER).contains(PLAN.substring(0, 30))
                .containsPattern(CUSTOMER_DATE.format(today.minusDays(10)) + "\\W+\\d{1,2} \\w{3} \\d{4}")
                .doesNotContainIgnoringCase("tier").doesNotContainIgnoringCase("approver")
                .doesNotContainIgnoringCase("capacity");
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        waitUntil("the notice is marked sent", () -> message.getText().startsWith("Marked sent"));
        robot.interact(notice::close);

        // Line 2 arrives late, line 3 is cancelled with a reason: the promise is broken.
        robot.interact(stage::requestFocus);
        TableView<DeliveryViewModel.LineItem> again = deliveryScreen(robot);
        deliver(robot, again, 1, today, KeyCode.D);
        robot.press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);
        robot.write("Dispatcher training is no longer offered");
        deliver(robot, again, 2, today, KeyCode.C);
        assertThat(again.getItems().get(1).state()).endsWith("10 days late");
        assertThat(again.getItems().get(2).state()).startsWith("cancelled");
        Label deliveryStatus = robot.lookup("#deliveryStatus").queryAs(Label.class);
        waitUntil("the promise is broken", () -> deliveryStatus.getText().toLowerCase(Locale.ROOT).startsWith("broken"));
        robot.type(KeyCode.ESCAPE);
        TableView<PromiseListItem> list = promiseList(robot);
        waitUntil("the customer's record beside the name", () -> list.getItems().get(0).customerWithRecord()
                .startsWith(CUSTOMER + "  ·  0 of 1 kept"));
        assertThat(list.getItems().get(0).status()).containsIgnoringCase("broken");

        // Everything goes up; the rep's tablet, a fresh device with its own token, pulls it down.
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
        Label pending = robot.lookup("#pendingStatus").queryAs(Label.class);
        waitUntil("the marks and the notice wait to be sent", () -> !pending.getText().equals("Nothing to sync"));
        robot.push(KeyCode.F9);
        waitUntil("everything is sent", () -> status.getText().startsWith("Synced: ")
                && pending.getText().equals("Nothing to sync"));
        Path tablet = dir.resolve("tablet");
        command("--data-dir", tablet.toString(), "sync", "--server", central.url(), "--token", central.token("anna", "rep"));
        try (LocalStore store = LocalStore.open(tablet)) {
            assertThat(store.promises().find(id).orElseThrow().status()).isEqualTo(PromiseStatus.BROKEN);
            assertThat(store.deliveries().marksOf(id)).hasSize(3);
            assertThat(store.milestones().list(id)).extracting(m -> m.milestone().text())
                    .containsExactlyInAnyOrder("Kick-off held", "Dispatchers trained");
            assertThat(store.revisions().list(id)).as("the revision issued with the notice").hasSize(1);
            assertThat(store.notices().ofPromise(id)).extracting(NoticeRow::sent).containsExactly(true);
        }
    }

    /** The promise list (Ctrl+1) with the keyboard on the only promise. */
    private TableView<PromiseListItem> promiseList(FxRobot robot) throws Exception {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        waitUntil("the promise list", () -> visible(robot, "#promiseTable"));
        TableView<PromiseListItem> table = robot.lookup("#promiseTable").queryTableView();
        waitUntil("the promise is listed", () -> table.getItems().size() == 1);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        return table;
    }

    /** The Delivery screen of the promise (M on the list), with its three lines. */
    private TableView<DeliveryViewModel.LineItem> deliveryScreen(FxRobot robot) throws Exception {
        promiseList(robot);
        robot.type(KeyCode.M);
        waitUntil("the Delivery screen", () -> robot.lookup("#lineTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 3).orElse(false));
        return robot.lookup("#lineTable").queryTableView();
    }

    /** Types {@code day} into the date field (Alt+O), selects line {@code row} and presses {@code key} on the lines. */
    private static void deliver(FxRobot robot, TableView<DeliveryViewModel.LineItem> lines, int row, LocalDate day,
                                KeyCode key) throws Exception {
        robot.press(KeyCode.ALT).type(KeyCode.O).release(KeyCode.ALT);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(day.toString());
        robot.press(KeyCode.ALT).type(KeyCode.L).release(KeyCode.ALT);
        robot.interact(() -> lines.getSelectionModel().select(row));
        String before = lines.getItems().get(row).state();
        robot.type(key);
        waitUntil("line " + (row + 1) + " is marked", () -> !lines.getItems().get(row).state().equals(before));
    }

    /** Types a milestone into the fields and adds it (Enter); waits until it is listed, and the fields empty again. */
    private static void addMilestone(FxRobot robot, ListView<MilestonesViewModel.Item> milestones, String text,
                                     LocalDate due) throws Exception {
        int before = milestones.getItems().size();
        robot.clickOn("#textField").write(text);
        robot.clickOn("#dueField").write(due.toString());
        robot.type(KeyCode.ENTER);
        waitUntil("milestone \"" + text + "\" is listed", () -> milestones.getItems().size() == before + 1
                && robot.lookup("#textField").queryTextInputControl().getText().isEmpty());
    }

    private static Stage noticeWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Notice · ")).map(Stage.class::cast).findFirst().orElse(null);
    }

    private static String rows(ListView<TodayViewModel.Row> list) {
        return String.join("\n", list.getItems().stream()
                .map(r -> r.chip() + " | " + r.text() + " | " + r.detail()).toList());
    }

    private static void shoot(FxRobot robot, Stage window, String name) throws Exception {
        Path screens = Files.createDirectories(Path.of("target", "screens"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Scene scene = window.getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            try {
                ScreenShots.write(scene.snapshot(null), screens.resolve(name));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Runs the jar's command line (its words go to the test's output); fails the test unless it ends well. */
    private static void command(String... args) {
        assertThat(PromiseDeskCommand.run(args, (d, m) -> OptionalLong.empty())).as(String.join(" ", args)).isZero();
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().filter(n -> n.getScene() != null).map(KeepingAPromiseInTheAppTest::shown)
                .orElse(false);
    }

    private static boolean shown(Node node) {
        return node == null || node.isVisible() && shown(node.getParent());
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Waited 30 s, but not: " + what, e);
        }
    }
}
