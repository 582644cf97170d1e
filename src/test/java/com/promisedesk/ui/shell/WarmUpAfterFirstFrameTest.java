package com.promisedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.export.PdfPages;
import com.promisedesk.export.SummaryWarmUp;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The summary's warm-up (seconds of class loading and layout) must neither delay the main
 * window's first frame nor freeze the window: it starts only after that frame, off the FX thread.
 */
@Slow
@ExtendWith(ApplicationExtension.class)
class WarmUpAfterFirstFrameTest {

    @TempDir
    Path dataDir;

    private Stage stage;
    private DesktopApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theWarmUpStartsAfterTheFirstFrameOnAThreadOfItsOwn() throws Exception {
        AtomicLong firstFrame = new AtomicLong(-1);
        CompletableFuture<String> warmUp = new CompletableFuture<>();
        app = new DesktopApp(dataDir, Clock.systemDefaultZone(), DesktopApp.newBackground(), () -> warmUp.complete(
                (Platform.isFxApplicationThread() ? "FX thread" : "another thread")
                        + (firstFrame.get() >= 0 ? ", after the first frame" : ", before the first frame")));

        WaitForAsyncUtils.asyncFx(() -> {
            app.show(stage);
            // In the same FX task as show(), so it sees the very first laid-out pulse.
            stage.getScene().addPostLayoutPulseListener(() -> firstFrame.compareAndSet(-1, System.nanoTime()));
        }).get(30, TimeUnit.SECONDS);

        assertThat(warmUp.get(30, TimeUnit.SECONDS)).isEqualTo("another thread, after the first frame");
    }

    @Test
    void theWarmUpDrawsThePreviewPage() {
        app = new DesktopApp(dataDir);
        PdfPages.PageImage page = SummaryWarmUp.run();

        // An A4 or Letter page at the preview's 96 dpi, with ink on it.
        assertThat(page.width()).isBetween(790, 820);
        assertThat(page.height()).isBetween(1050, 1130);
        assertThat(java.util.Arrays.stream(page.argb()).filter(pixel -> (pixel & 0xFFFFFF) != 0xFFFFFF).count())
                .isGreaterThan(1000);
    }
}
