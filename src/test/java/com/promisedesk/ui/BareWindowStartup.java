package com.promisedesk.ui;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline for {@code promisedesk app --measure-startup}: a bare JavaFX window with one
 * label, measured the same way. Not a test; run it from the test class path (see docs/benchmarks.md).
 */
public final class BareWindowStartup {

    private BareWindowStartup() {
    }

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch shown = new CountDownLatch(1);
        long[] firstFrame = {-1};
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Label("Bare window"), 1280, 800));
            stage.show();
            FirstFrame.measure(stage, ms -> {
                firstFrame[0] = ms;
                stage.hide();
                shown.countDown();
            });
        });
        shown.await();
        Platform.exit();
        System.out.println("first-frame-ms " + firstFrame[0]);
    }
}
