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

    /**
     * Loads {@code XView.fxml} beside {@code viewClass}, using {@code controller} as its
     * controller, and {@code nested} as the controllers of the views it includes.
     */
    public static <C> Parent load(Class<C> viewClass, Supplier<C> controller, Object... nested) {
        URL fxml = viewClass.getResource(viewClass.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No FXML beside " + viewClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml);
        loader.setControllerFactory(type -> {
            if (type == viewClass) {
                return controller.get();
            }
            for (Object included : nested) {
                if (included.getClass() == type) {
                    return included;
                }
            }
            throw new IllegalStateException("FXML asks for " + type + ", expected " + viewClass);
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxml, e);
        }
    }
}
