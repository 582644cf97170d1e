package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.LocalStore;
import com.promisedesk.ui.shell.DesktopApp;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+Q quits the app, and what the rep typed last is in the store afterwards. */
@Slow
@ExtendWith(ApplicationExtension.class)
class QuitTest {

    @TempDir
    Path dataDir;

    private DesktopApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new DesktopApp(dataDir);
        app.show(stage);
    }

    @Test
    void ctrlQClosesTheWindowAndTheLastEditIsSaved(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#catalogStatus").queryAs(Label.class).getText().startsWith("Catalog "));
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.promises().editor().promiseProperty().get() != null);
        robot.push(KeyCode.ALT, KeyCode.C);
        robot.write("Hansa Logistik");
        robot.push(KeyCode.SHORTCUT, KeyCode.Q);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        app.close();
        try (LocalStore store = LocalStore.open(dataDir)) {
            List<String> customers = store.promises().all().stream().map(Promise::customer)
                    .map(customer -> customer.name()).toList();
            assertThat(customers).containsExactly("Hansa Logistik");
        }
    }
}
