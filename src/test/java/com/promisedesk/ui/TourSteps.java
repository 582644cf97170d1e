package com.promisedesk.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The steps every screen tour takes ({@link ScreenTour}, {@link ConnectTour}, {@link SettingsTour}):
 * look at a window once laid out, press a button of the shown screen, wait for the app to get somewhere.
 */
final class TourSteps {

    private TourSteps() {
    }

    /** Hands {@code window} to {@code visitor} on the FX thread, with CSS applied and laid out as a person sees it. */
    static void visit(FxRobot robot, String screen, Window window, ScreenTour.Visitor visitor) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Exception[] failed = {null};
        robot.interact(() -> {
            window.getScene().getRoot().applyCss();
            window.getScene().getRoot().layout();
            try {
                visitor.visit(screen, window);
            } catch (Exception e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
    }

    /** Fires a button of the shown screen, as a click would. */
    static void press(FxRobot robot, String button) {
        robot.interact(() -> robot.lookup(button).match(Node::isVisible).queryAs(ButtonBase.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void waitUntil(String what, int seconds, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Waited " + seconds + " s, but not: " + what, e);
        }
    }
}
