package com.promisedesk.ui.shell;

import com.promisedesk.ui.FirstFrame;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * One fresh start of the app, for {@code FirstSummaryBenchmark} (a child JVM each): opens the
 * main window, opens a promise as soon as the screens are there, presses Ctrl+E with the
 * platform's robot as a rep would, and prints the time from that key press to the first page of
 * the preview on screen. Arguments: data folder, promise id, {@code warm} or {@code cold}
 * (cold: the summary's warm-up replaced by nothing, as before it existed; warm: the app's own),
 * and optionally milliseconds to wait after the promise is open before the key press (a rep
 * who talks first).
 */
public final class FirstSummaryRun {

    private FirstSummaryRun() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        UUID promise = UUID.fromString(args[1]);
        boolean warm = args[2].equals("warm");
        DesktopApp app = new DesktopApp(dataDir, Clock.systemDefaultZone(), DesktopApp.newBackground(),
                warm ? null : () -> { });
        CompletableFuture<Long> firstFrame = new CompletableFuture<>();
        Stage[] main = new Stage[1];
        Platform.startup(() -> {
            main[0] = new Stage();
            app.show(main[0]);
            FirstFrame.measure(main[0], firstFrame::complete);
        });
        long shownAt = firstFrame.get(60, TimeUnit.SECONDS);
        long shownNanos = System.nanoTime();
        waitFor(() -> app.promises() != null);
        // Today is the first screen: the rep goes to Promises (Ctrl+1) and opens the promise there.
        OnFx.run(() -> {
            Robot robot = new Robot();
            robot.keyPress(KeyCode.CONTROL);
            robot.keyPress(KeyCode.DIGIT1);
            robot.keyRelease(KeyCode.DIGIT1);
            robot.keyRelease(KeyCode.CONTROL);
        });
        OnFx.run(() -> app.promises().open(promise));
        waitFor(() -> main[0].getScene().lookup("#summaryButton") != null
                && main[0].getScene().lookup("#summaryButton").isVisible());
        Thread.sleep(args.length > 3 ? Long.parseLong(args[3]) : 0);
        long pressed = OnFx.get(() -> {
            Robot robot = new Robot();
            long at = System.nanoTime();
            robot.keyPress(KeyCode.CONTROL);
            robot.keyPress(KeyCode.E);
            robot.keyRelease(KeyCode.E);
            robot.keyRelease(KeyCode.CONTROL);
            return at;
        });
        waitFor(() -> previewPage().isPresent());
        long shown = System.nanoTime();
        System.out.printf("first-summary-ms %d pressed-after-window-ms %d first-frame-ms %d%n",
                (shown - pressed) / 1_000_000, (pressed - shownNanos) / 1_000_000, shownAt);
        OnFx.run(() -> java.util.List.copyOf(Window.getWindows()).forEach(Window::hide));
        app.close();
        Platform.exit();
        System.exit(0);
    }

    /** The first page's picture in a window other than the main one, once drawn (FX thread). */
    private static Optional<Node> previewPage() {
        return Window.getWindows().stream()
                .map(window -> window.getScene().lookup("#pageImage"))
                .filter(node -> node instanceof ImageView view && view.getImage() != null)
                .findFirst();
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        OnFx.waitFor(condition, 60, 2);
    }
}
