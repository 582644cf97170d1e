package com.promisedesk.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * One process for {@code MemoryBenchmark}: {@code app DIR PROMISE} opens the app on DIR, searches
 * the catalog and opens the promise in the editor, as a rep would; {@code bare} shows a bare
 * window with one label. Then it waits a few seconds and prints its resident memory (VmRSS) and
 * its peak (VmHWM) from /proc/self/status, in MiB.
 */
public final class MemoryRun {

    private static final long SETTLE_MS = 3000;

    private MemoryRun() {
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Stage> started = new CompletableFuture<>();
        boolean app = args[0].equals("app");
        DesktopApp desktop = app ? new DesktopApp(Path.of(args[1])) : null;
        Platform.startup(() -> {
            Stage stage = new Stage();
            if (app) {
                desktop.show(stage);
            } else {
                stage.setScene(new Scene(new Label("Bare window"), 1280, 800));
                stage.show();
            }
            started.complete(stage);
        });
        Stage stage = started.get(60, TimeUnit.SECONDS);
        if (app) {
            waitFor(() -> desktop.promises() != null);
            OnFx.run(() -> ((TextField) stage.getScene().lookup("#catalogSearch")).setText("onboarding 4"));
            waitFor(() -> !((TableView<?>) stage.getScene().lookup("#capabilityTable")).getItems().isEmpty());
            OnFx.run(() -> desktop.promises().open(UUID.fromString(args[2])));
            waitFor(() -> stage.getScene().lookup("#lineTable") instanceof TableView<?> lines
                    && lines.getItems().size() == 200);
        }
        Thread.sleep(SETTLE_MS);
        System.out.println("rss-mib " + status("VmRSS") + " peak-mib " + status("VmHWM"));
        if (desktop != null) {
            desktop.close();
        }
        Platform.exit();
        System.exit(0);
    }

    private static long status(String field) throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith(field + ":"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                .findFirst().orElseThrow();
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        OnFx.waitFor(condition, 120, 20);
    }
}
