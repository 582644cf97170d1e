package com.promisedesk.ui;

import java.lang.management.ManagementFactory;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Measures the time from JVM start to the first frame a stage shows, and defers work until after it. */
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

    /** Runs {@code then} on the FX thread once the first pulse that laid out {@code stage} has been handed to the renderer. */
    public static void after(Stage stage, Runnable then) {
        stage.getScene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                stage.getScene().removePostLayoutPulseListener(this);
                Platform.runLater(then);
            }
        });
    }
}
