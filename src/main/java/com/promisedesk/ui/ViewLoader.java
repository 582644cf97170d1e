package com.promisedesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a screen's FXML with the controller the caller built (constructor injection, no service locator). */
public final class ViewLoader {

    private ViewLoader() {
    }

    /** Loads {@code XView.fxml} beside {@code viewClass}, using {@code controller} as its controller. */
    public static <C> Parent load(Class<C> viewClass, Supplier<C> controller) {
        URL fxml = viewClass.getResource(viewClass.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No FXML beside " + viewClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml);
        loader.setControllerFactory(type -> {
            if (type != viewClass) {
                throw new IllegalStateException("FXML asks for " + type + ", expected " + viewClass);
            }
            return controller.get();
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxml, e);
        }
    }
}
