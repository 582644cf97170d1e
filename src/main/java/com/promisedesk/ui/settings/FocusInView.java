package com.promisedesk.ui.settings;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the field with the keyboard inside the visible part of a scrolling screen: a rep who
 * tabs or jumps (Alt+letter) to a field below the fold at the smallest window sees what they
 * type. JavaFX's ScrollPane does not do this by itself.
 */
final class FocusInView {

    private FocusInView() {
    }

    static void follow(ScrollPane scroll) {
        scroll.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, before, now) -> show(scroll, now));
            }
        });
    }

    private static void show(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null || !inside(content, focused)) {
            return;
        }
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Bounds field = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double newTop = top;
        if (field.getMinY() < top) {
            newTop = field.getMinY();
        } else if (field.getMaxY() > top + viewport) {
            newTop = field.getMaxY() - viewport;
        }
        if (newTop != top) {
            scroll.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewport))));
        }
    }

    private static boolean inside(Node content, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }
}
