package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.ui.shell.DesktopApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every screen of the app, with the sample data, at 1280×800 and 1920×1080, measured as a
 * person would see it: nothing smaller than its minimum, no list with items but no room for
 * a row, no label cut off, no control drawn over another (see {@link LayoutCheck}).
 */
@Slow
@ExtendWith(ApplicationExtension.class)
class ScreenLayoutTest {

    /** Labels whose text may be cut off with an ellipsis on purpose. */
    private static final List<LayoutCheck.Allowed> CUT_OFF = List.of(
            new LayoutCheck.Allowed("the promise list's CUSTOMER and TITLE cells",
                    "a long title is cut to keep one promise a line; the editor's headline shows it whole",
                    node -> cellOf(node, "promiseTable", "customerColumn", "titleColumn")),
            new LayoutCheck.Allowed("the catalog's NAME cells",
                    "a long name is cut to keep one capability a line; the detail pane beside shows it whole",
                    node -> cellOf(node, "capabilityTable", "nameColumn")));

    /** Nodes laid over others on purpose. */
    private static final List<LayoutCheck.Allowed> OVERLAYS = List.of(
            new LayoutCheck.Allowed("the capability picker's matches (#suggestionList)",
                    "laid over the lines table under the add-line field while the rep picks, so the table keeps its size",
                    node -> "suggestionList".equals(node.getId())));

    @TempDir
    Path dataDir;

    private DesktopApp app;
    private SampleDesk desk;
    private Stage stage;

    private static boolean cellOf(Node node, String table, String... columns) {
        if (!(node instanceof TableCell<?, ?> cell) || cell.getTableView() == null
                || !table.equals(cell.getTableView().getId()) || cell.getTableColumn() == null) {
            return false;
        }
        return List.of(columns).contains(cell.getTableColumn().getId());
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = SampleDesk.fill(dataDir);
        app = new DesktopApp(dataDir);
        app.show(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void everyScreenShowsEveryControlWholeAtBothSizes(FxRobot robot) throws Exception {
        LayoutCheck check = new LayoutCheck(CUT_OFF, OVERLAYS);
        List<String> visited = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        for (int[] size : ScreenTour.SIZES) {
            new ScreenTour(robot, stage, app, desk).walk(size[0], size[1], (screen, window) -> {
                visited.add(screen);
                check.findings(window.getScene()).forEach(f -> findings.add(screen + " at " + size[0] + "×" + size[1] + ": " + f));
            });
        }
        assertThat(visited).hasSize(ScreenTour.SCREENS.size() * 2).containsAll(ScreenTour.SCREENS);
        assertThat(findings).isEmpty();
    }
}
