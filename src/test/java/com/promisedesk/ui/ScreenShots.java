package com.promisedesk.ui;

import com.promisedesk.ui.shell.DesktopApp;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Writes a PNG of every screen of the app, with the sample data, at each size of
 * {@link ScreenTour#SIZES}, and Settings at each of {@link SettingsTour#SIZES}, to {@code target/screens}
 * (or the folder given): the whole app
 * to look at in a minute. Headless (Monocle); run with
 * {@code ./mvnw -B -ntp -q -Pbench test-compile exec:exec -Dbench=com.promisedesk.ui.ScreenShots}.
 */
public final class ScreenShots {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenShots.class);

    private ScreenShots() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/screens");
        Files.createDirectories(folder);
        // Before the toolkit starts: a virtual screen as large as the largest window, and TestFX's robot.
        System.setProperty("headless.geometry", "1920x1080-32");
        System.setProperty("testfx.robot", "glass");
        System.setProperty("testfx.headless", "true");
        Path data = Files.createTempDirectory("promisedesk-screens");
        SampleDesk desk = SampleDesk.fill(data);
        Stage stage = FxToolkit.registerPrimaryStage();
        DesktopApp app = new DesktopApp(data);
        FxToolkit.setupStage(app::show);
        try {
            for (int[] size : ScreenTour.SIZES) {
                new ScreenTour(new FxRobot(), stage, app, desk).walk(size[0], size[1], (screen, window) ->
                        write(window.getScene().snapshot(null), folder.resolve(screen + "-" + size[0] + "x" + size[1] + ".png")));
            }
            for (int[] size : SettingsTour.SIZES) {
                new SettingsTour(new FxRobot(), stage, app, data).walk(size[0], size[1], (screen, window) ->
                        write(window.getScene().snapshot(null), folder.resolve(screen + "-" + size[0] + "x" + size[1] + ".png")));
            }
            try (CentralStoreForTheApp central = new CentralStoreForTheApp(Files.createTempDirectory("promisedesk-central"))) {
                new ConnectTour(new FxRobot(), stage, central).walk((screen, window) ->
                        write(window.getScene().snapshot(null), folder.resolve(screen + ".png")));
            }
            LOG.info("Wrote {} screens to {}", (ScreenTour.SCREENS.size() + ConnectTour.SCREENS.size())
                    * ScreenTour.SIZES.size() + SettingsTour.SCREENS.size() * SettingsTour.SIZES.size(),
                    folder.toAbsolutePath());
        } finally {
            app.close();
            FxToolkit.cleanupStages();
        }
        System.exit(0);
    }

    /** As PNG, pixel by pixel (no javafx-swing needed). */
    static void write(WritableImage image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, width, height, pixels, 0, width);
        ImageIO.write(png, "png", file.toFile());
    }
}
