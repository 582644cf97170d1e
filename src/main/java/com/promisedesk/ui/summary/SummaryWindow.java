package com.promisedesk.ui.summary;

import com.promisedesk.desk.WrittenSummary;
import com.promisedesk.export.Layout;
import com.promisedesk.export.MissingTranslations;
import com.promisedesk.export.PdfPages;
import com.promisedesk.export.SummaryWarmUp;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.ViewLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the written summary of a promise in its own window: preview, Export…, Print. */
public final class SummaryWindow {

    private SummaryWindow() {
    }

    /**
     * @param written the promise, what it is judged against (as in the editor), who sends it, and the issue
     *                date, revision number (if issued), approved lines and milestones
     */
    public static Stage open(Window owner, WrittenSummary written, Layout layout, Threads threads) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.NONE);
        }
        return show(stage, written, layout, threads);
    }

    /**
     * Builds the preview once off screen, showing {@code page} (FX thread): FXML, controls, CSS
     * and the page as an image, so the rep's first preview window opens as fast as the later ones.
     */
    public static void warmUp(PdfPages.PageImage page, Threads threads) {
        SummaryPreviewViewModel model = new SummaryPreviewViewModel(SummaryWarmUp::sample,
                Layout.of(java.util.Locale.getDefault()), threads);
        Parent root = ViewLoader.load(SummaryPreviewView.class,
                () -> new SummaryPreviewView(model, new SummaryPrinter(threads)));
        Scene scene = new Scene(root, 900, 1000);
        scene.getStylesheets().add(SummaryWindow.class.getResource("/com/promisedesk/ui/promisedesk.css")
                .toExternalForm());
        scene.getStylesheets().add(SummaryWindow.class.getResource("summary-preview.css").toExternalForm());
        model.pageProperty().set(page);
        root.applyCss();
        root.layout();
    }

    /** Shows the preview in {@code stage} (a test's primary stage, say). */
    public static Stage show(Stage stage, WrittenSummary written, Layout layout, Threads threads) {
        SummaryPreviewViewModel model = new SummaryPreviewViewModel(written::build, layout, threads);
        model.markUntranslated(MissingTranslations.of(written.judging().catalog(), java.util.List.of(written.promise())));
        Parent root = ViewLoader.load(SummaryPreviewView.class,
                () -> new SummaryPreviewView(model, new SummaryPrinter(threads)));
        // Set, not bound: the stage may be reused afterwards (TestFX's primary stage is).
        stage.setTitle(model.titleProperty().get());
        model.titleProperty().addListener((observable, before, after) -> stage.setTitle(after));
        // Never taller or wider than the screen: the page scrolls inside the window instead.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(900, screen.getWidth()), Math.min(1000, screen.getHeight()));
        scene.getStylesheets().add(SummaryWindow.class.getResource("/com/promisedesk/ui/promisedesk.css")
                .toExternalForm());
        scene.getStylesheets().add(SummaryWindow.class.getResource("summary-preview.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.load();
        return stage;
    }
}
