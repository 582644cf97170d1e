package com.promisedesk.ui;

import com.promisedesk.store.CapabilityRow;
import com.promisedesk.ui.editor.LinePickerMatches;
import com.promisedesk.ui.promises.PromiseListItem;
import com.promisedesk.ui.shell.DesktopApp;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/**
 * Walks the real app over a {@link SampleDesk} through every screen at one window size, the
 * way a rep gets there, and hands each screen's window to a visitor once it has settled:
 * the layout test checks it, the screens command photographs it.
 */
final class ScreenTour {

    /** The window sizes every screen is looked at in: a common laptop, and a full-HD monitor. */
    static final List<int[]> SIZES = List.of(new int[] {1280, 800}, new int[] {1920, 1080});

    /** Every screen the tour visits, in its order. */
    static final List<String> SCREENS = List.of("promises", "catalog", "approvals", "sync-conflicts", "milestones",
            "editor", "editor-picker", "editor-picker-why", "editor-line", "readback", "summary");

    /** What is done with each screen; runs on the JavaFX thread. */
    interface Visitor {
        void visit(String screen, Window window) throws Exception;
    }

    private final FxRobot robot;
    private final Stage stage;
    private final DesktopApp app;
    private final SampleDesk desk;

    ScreenTour(FxRobot robot, Stage stage, DesktopApp app, SampleDesk desk) {
        this.robot = robot;
        this.stage = stage;
        this.app = app;
        this.desk = desk;
    }

    /** Sizes the window to {@code width}×{@code height} and visits every screen of {@link #SCREENS}. */
    void walk(int width, int height, Visitor visitor) throws Exception {
        robot.interact(() -> place(stage, width, height));
        waitUntil("the window is " + width + "×" + height, () -> stage.getScene().getWidth() == width
                && stage.getScene().getHeight() == height);
        waitUntil("the app has opened the store", () -> app.promises() != null);

        press("#promisesButton");
        TableView<PromiseListItem> promises = robot.lookup("#promiseTable").queryTableView();
        waitUntil("four promises are listed", () -> promises.getItems().size() == 4);
        visit("promises", stage, visitor);

        press("#catalogButton");
        TableView<CapabilityRow> capabilities = robot.lookup("#capabilityTable").queryTableView();
        waitUntil("the catalog is listed", () -> capabilities.getItems().size() > 10);
        robot.interact(() -> capabilities.getSelectionModel().select(capabilities.getItems().stream()
                .filter(row -> row.code().equals("SUP-PREM")).findFirst().orElseThrow()));
        waitUntil("Premium support is described", () -> robot.lookup(".detail-title").tryQuery().isPresent());
        visit("catalog", stage, visitor);

        press("#approvalsButton");
        waitUntil("the request is listed", () -> robot.lookup("#table").queryTableView().getItems().size() == 1);
        visit("approvals", stage, visitor);

        press("#syncButton");
        waitUntil("the conflict shows its fields", () -> robot.lookup("#fieldTable").tryQuery()
                .map(table -> !((TableView<?>) table).getItems().isEmpty()).orElse(false));
        visit("sync-conflicts", stage, visitor);

        press("#promisesButton");
        robot.interact(() -> {
            promises.requestFocus();
            promises.getSelectionModel().select(promises.getItems().stream()
                    .filter(item -> item.id().equals(desk.baltic.id()))
                    .findFirst().orElseThrow());
        });
        robot.type(KeyCode.M);
        waitUntil("the milestones are listed", () -> robot.lookup("#milestoneList").tryQuery()
                .map(list -> ((ListView<?>) list).getItems().size() == 2).orElse(false));
        visit("milestones", stage, visitor);
        press("#backButton");

        robot.interact(() -> app.promises().open(desk.ostwind.id()));
        waitUntil("the editor shows the lines", () -> robot.lookup("#lineTable").tryQuery()
                .map(table -> ((TableView<?>) table).getItems().size() == desk.ostwind.lines().size()).orElse(false));
        visit("editor", stage, visitor);

        TextField field = robot.lookup("#addLineField").queryAs(TextField.class);
        robot.interact(field::requestFocus);
        robot.write("supp");
        ListView<?> matches = robot.lookup("#suggestionList").queryListView();
        waitUntil("the picker has matches for \"supp\"", () -> matches.getItems().size() >= 5);
        visit("editor-picker", stage, visitor);

        robot.interact(field::clear);
        robot.write("report");
        waitUntil("the picker says why \"report\" matched", () -> matches.getItems().stream()
                .anyMatch(item -> item instanceof LinePickerMatches.Match match && !match.why().isEmpty()));
        visit("editor-picker-why", stage, visitor);

        robot.type(KeyCode.ESCAPE);
        TableView<?> lines = robot.lookup("#lineTable").queryTableView();
        robot.interact(() -> {
            field.clear();
            lines.requestFocus();
            lines.getSelectionModel().select(5); // 450 boxes: needs approval, and a request is waiting
        });
        visit("editor-line", stage, visitor);

        press("#readBackButton");
        waitUntil("the read-back shows the first expectation", () -> robot.lookup(".readback-quote").tryQuery().isPresent());
        visit("readback", stage, visitor);
        press("#leaveButton");
        waitUntil("the editor is back", () -> robot.lookup("#lineTable").tryQuery().isPresent());

        Set<Window> before = Set.copyOf(Window.getWindows());
        press("#summaryButton");
        waitUntil("the summary window opens", () -> Window.getWindows().stream().anyMatch(w -> !before.contains(w)));
        Stage summary = (Stage) Window.getWindows().stream().filter(w -> !before.contains(w)).findFirst().orElseThrow();
        robot.interact(() -> place(summary, width, height));
        waitUntil("the summary's first page is drawn", () -> summary.getScene().lookup("#pageImage") instanceof ImageView page
                && page.getImage() != null && summary.getScene().getWidth() == width);
        visit("summary", summary, visitor);
        robot.interact(summary::close);
        press("#backButton");
        waitUntil("the list is back", () -> robot.lookup("#promiseTable").tryQuery().map(Node::isVisible).orElse(false));
    }

    /** At the screen's top left: a window reaching past the virtual screen's edge cannot be drawn headless. */
    static void place(Stage window, int width, int height) {
        window.setX(0);
        window.setY(0);
        window.setWidth(width);
        window.setHeight(height);
    }

    private void visit(String screen, Window window, Visitor visitor) throws Exception {
        TourSteps.visit(robot, screen, window, visitor);
    }

    private void press(String button) {
        TourSteps.press(robot, button);
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws Exception {
        TourSteps.waitUntil(what, 20, condition);
    }
}
