package com.promisedesk.ui.summary;

import com.promisedesk.Slow;
import com.promisedesk.store.Judging;
import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.desk.WrittenSummary;
import com.promisedesk.export.Printing;
import com.promisedesk.export.Layout;
import com.promisedesk.export.SummarySamples;
import com.promisedesk.ui.Threads;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview window, driven through its UI (headless under Monocle by default). */
@Slow
@ExtendWith(ApplicationExtension.class)
class SummaryWindowTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private Stage window;

    @Start
    void start(Stage stage) {
        // SummaryWindow.open makes a new owned Stage and calls show(); under headless Monocle a
        // second window stalls the pulse, so the test shows the preview in TestFX's stage.
        window = SummaryWindow.show(stage, new WrittenSummary(SummarySamples.promise("northwind"),
                Judging.of(SummarySamples.catalog()), SummarySamples.SENDER, Printing.preview(SummarySamples.ISSUED)),
                Layout.of(Locale.US), new Threads(background, Platform::runLater));
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void showsTheFirstPageThenPagesOnAndPrintingSaysWhenThereIsNoPrinter(FxRobot robot) throws Exception {
        Label pageLabel = robot.lookup(".page-label").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pageLabel.getText().equals("Page 1 of 3"));
        ImageView page = robot.lookup(".page").queryAs(ImageView.class);
        assertThat(page.getImage().getWidth()).isEqualTo(816);
        assertThat(window.getTitle()).isEqualTo("Summary · Northwind Traders · Fleet analytics for the Chicago and Toronto depots");

        robot.clickOn("Next ›");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pageLabel.getText().equals("Page 2 of 3"));

        robot.clickOn("Print…");
        Label message = robot.lookup(".summary-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !message.getText().isEmpty());
        // Headless there is no printer; with one, the system dialog would be open now.
        assertThat(message.getText()).startsWith("No printer is set up on this computer");
    }
}
