package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.ExpectedLog;
import com.promisedesk.Slow;
import com.promisedesk.ui.shell.DesktopApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Settings screen in the real app, reached with Ctrl+,: no label cut off, nothing drawn
 * over anything, nothing below its minimum, empty, filled and with a failed backup's message,
 * at 1280×800 and at the smallest window the app allows (960×600), measured by {@link LayoutCheck}.
 */
@Slow
@ExtendWith(ApplicationExtension.class)
class SettingsLayoutTest {

    @RegisterExtension
    final ExpectedLog log = ExpectedLog.of(Threads.class);

    @TempDir
    Path dataDir;

    private DesktopApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SampleDesk.fill(dataDir);
        app = new DesktopApp(dataDir);
        app.show(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void settingsShowsEveryControlWholeAtTheLaptopAndTheSmallestSize(FxRobot robot) throws Exception {
        LayoutCheck check = new LayoutCheck(List.of(), List.of());
        List<String> visited = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        for (int[] size : SettingsTour.SIZES) {
            new SettingsTour(robot, stage, app, dataDir).walk(size[0], size[1], (screen, window) -> {
                visited.add(screen + " at " + size[0] + "×" + size[1]);
                check.findings(window.getScene()).forEach(f -> findings.add(screen + " at " + size[0] + "×" + size[1]
                        + ": " + f));
            });
        }
        assertThat(visited).hasSize(SettingsTour.SCREENS.size() * SettingsTour.SIZES.size());
        assertThat(findings).isEmpty();
        assertThat(log.takeErrors()).as("the failed backup, once per size").hasSize(2)
                .allMatch(error -> error.endsWith("permission denied"));
    }
}
