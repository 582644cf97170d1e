package com.promisedesk.ui.notice;

import com.promisedesk.export.Layout;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.ViewLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the customer notice of a promise in its own window: the rep's words beside the notice's pages. */
public final class NoticeWindow {

    private NoticeWindow() {
    }

    public static Stage open(Window owner, NoticeDesk desk, Layout layout, Threads threads) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.NONE);
        }
        return show(stage, desk, layout, threads);
    }

    /** Shows the notice screen in {@code stage} (a test's primary stage, say); Esc closes it. */
    public static Stage show(Stage stage, NoticeDesk desk, Layout layout, Threads threads) {
        NoticeViewModel model = new NoticeViewModel(desk, layout, threads);
        NoticeView view = new NoticeView(model, new NoticePrinter(threads));
        Parent root = ViewLoader.load(NoticeView.class, () -> view);
        stage.setTitle(model.titleProperty().get());
        model.titleProperty().addListener((observable, before, after) -> stage.setTitle(after));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        scene.getStylesheets().add(NoticeWindow.class.getResource("/com/promisedesk/ui/promisedesk.css").toExternalForm());
        scene.getStylesheets().add(NoticeWindow.class.getResource("notice.css").toExternalForm());
        // Keyboard first: every action of the toolbar has its shortcut, named in its tooltip.
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Enter"), view::preview);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+E"), view::export);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+P"), view::print);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+M"), view::markSent);
        scene.getAccelerators().put(KeyCombination.keyCombination("Esc"), stage::close);
        stage.setScene(scene);
        stage.show();
        view.focusTarget().requestFocus();
        model.load();
        return stage;
    }
}
