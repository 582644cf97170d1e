package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.ExpectedLog;
import com.promisedesk.Slow;
import com.promisedesk.ui.shell.DesktopApp;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app closed while its store is still opening (Ctrl+Q at once, or a test that ends early) builds no screens on a closed store. */
@Slow
@ExtendWith(ApplicationExtension.class)
class CloseWhileOpeningTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final ExpectedLog log = ExpectedLog.of(Threads.class);

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void closingBeforeTheStoreIsOpenLeavesNoScreenToFail() throws Exception {
        DesktopApp app = new DesktopApp(dataDir);

        WaitForAsyncUtils.asyncFx(() -> {
            app.show(stage);
            // On the FX thread: close() waits for the store to open; the screens it would fill come after.
            app.close();
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(log.takeErrors()).isEmpty();
        assertThat(app.promises()).as("no screens were built").isNull();
    }
}
