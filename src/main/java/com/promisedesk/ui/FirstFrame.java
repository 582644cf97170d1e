package com.promisedesk.ui;

import java.lang.management.ManagementFactory;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Measures the time from JVM start to the first frame a stage shows. */
public final class FirstFrame {

    private FirstFrame() {
    }

    /** Calls {@code onShown} with milliseconds since JVM start after the first pulse that laid out {@code stage}. */
    public static void measure(Stage stage, LongConsumer onShown) {
        Platform.runLater(() -> stage.getScene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                stage.getScene().removePostLayoutPulseListener(this);
                onShown.accept(System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
            }
        }));
    }
}
