package com.promisedesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;

/**
 * What a person would see wrong on a screen, found by walking its scene graph: a control
 * smaller than its minimum, a list or table with items but not one row tall, a label cut
 * off with an ellipsis, controls drawn over each other. Each finding is a sentence naming
 * the node (its id or style class and text) and the sizes.
 */
final class LayoutCheck {

    /** A place where a finding is intended, with the reason a reader of the test needs. */
    record Allowed(String what, String why, Predicate<Node> matches) {
    }

    /** Less than this much of a row shows: the list is collapsed. */
    static final double ONE_ROW = 24;
    /** Rounding in layout: a difference smaller than this is no finding. */
    private static final double SLACK = 0.5;

    private final List<Allowed> cutOff;
    private final List<Allowed> overlays;

    /**
     * @param cutOff   labels whose text may end in an ellipsis
     * @param overlays nodes laid over others on purpose
     */
    LayoutCheck(List<Allowed> cutOff, List<Allowed> overlays) {
        this.cutOff = List.copyOf(cutOff);
        this.overlays = List.copyOf(overlays);
    }

    /** Every finding in {@code scene}, laid out as it is now. */
    List<String> findings(Scene scene) {
        List<String> found = new ArrayList<>();
        walk(scene.getRoot(), found);
        overlaps(scene.getRoot(), found);
        return found;
    }

    private void walk(Node node, List<String> found) {
        if (!shows(node)) {
            return;
        }
        if (node instanceof Control control && !(node instanceof Cell<?>) && !closedComboList(node)) {
            size(control, found);
        }
        if (node instanceof ListView<?> list && !list.getItems().isEmpty() && !closedComboList(node)) {
            rows(list, list.getFixedCellSize(), found);
        }
        if (node instanceof TableView<?> table && !table.getItems().isEmpty()) {
            rows(table, table.getFixedCellSize(), found);
        }
        if (node instanceof Labeled labeled) {
            ellipsis(labeled, found);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    /**
     * A combo box keeps the list it drops down inside itself at 0×0 until it opens (that is
     * how JavaFX's skin styles it early): not something on screen.
     */
    private static boolean closedComboList(Node node) {
        return node instanceof ListView<?> && node.getParent() instanceof ComboBoxBase<?> combo && !combo.isShowing();
    }

    /** Visible, not transparent, and not an empty cell kept for reuse. */
    private static boolean shows(Node node) {
        return node.isVisible() && node.getOpacity() > 0 && !(node instanceof Cell<?> cell && cell.isEmpty());
    }

    /**
     * Not for cells: a cell is as wide as its column or list, and text too long for it shows
     * as cut off, which {@link #ellipsis} finds.
     */
    private static void size(Control control, List<String> found) {
        double minWidth = control.minWidth(-1);
        double minHeight = control.minHeight(control.getContentBias() == Orientation.HORIZONTAL ? control.getWidth() : -1);
        if (control.getWidth() + SLACK < minWidth || control.getHeight() + SLACK < minHeight) {
            found.add(String.format("%s is %.0f×%.0f, smaller than its minimum %.0f×%.0f", name(control),
                    control.getWidth(), control.getHeight(), minWidth, minHeight));
        }
    }

    /** The rows' area (the virtual flow inside the list or table) shows at least one row. */
    private static void rows(Control view, double fixedCellSize, List<String> found) {
        Node flow = view.lookup(".virtual-flow");
        double shown = flow == null ? view.getHeight() : flow.getLayoutBounds().getHeight();
        double row = fixedCellSize > 0 ? Math.min(fixedCellSize, ONE_ROW) : ONE_ROW;
        if (shown + SLACK < row) {
            found.add(String.format("%s has items but shows %.0f px of rows (at least %.0f needed: one row)",
                    name(view), shown, row));
        }
    }

    private void ellipsis(Labeled labeled, List<String> found) {
        String text = labeled.getText();
        if (text == null || text.isEmpty() || allowed(cutOff, labeled)) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (!(child instanceof Text rendered) || !child.getStyleClass().contains("text") || !rendered.isVisible()) {
                continue;
            }
            if (!rendered.getText().equals(text) && !rendered.getText().equals(text.replace("_", ""))) {
                found.add(String.format("%s is cut off: shows \"%s\" of \"%s\" in %.0f px", name(labeled),
                        rendered.getText(), text, labeled.getWidth()));
            }
            double room = labeled.getHeight() - labeled.snappedTopInset() - labeled.snappedBottomInset();
            if (labeled.isWrapText() && rendered.getLayoutBounds().getHeight() > room + 1) {
                found.add(String.format("%s is cut off: its text wraps to %.0f px but the label has room for %.0f",
                        name(labeled), rendered.getLayoutBounds().getHeight(), room));
            }
        }
    }

    /**
     * Siblings of the app's own layout (not the insides of a control's skin) must not
     * overlap: within each layout pane, no two visible children share an area.
     */
    private void overlaps(Node node, List<String> found) {
        if (!shows(node)) {
            return;
        }
        for (Node content : content(node)) {
            overlaps(content, found);
        }
        if (!(node instanceof Parent parent) || node instanceof Control) {
            return;
        }
        List<Node> children = parent.getChildrenUnmodifiable().stream()
                .filter(LayoutCheck::shows).filter(child -> !allowed(overlays, child)).toList();
        for (int i = 0; i < children.size(); i++) {
            for (int j = i + 1; j < children.size(); j++) {
                Bounds a = sceneBounds(children.get(i));
                Bounds b = sceneBounds(children.get(j));
                double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (width > SLACK && height > SLACK && holdsControl(children.get(i)) && holdsControl(children.get(j))) {
                    found.add(String.format("%s and %s overlap by %.0f×%.0f px", name(children.get(i)),
                            name(children.get(j)), width, height));
                }
            }
        }
    }

    /**
     * The nodes of the app's own layout inside {@code node}: a pane's children; a control's
     * content (a label's graphic, a split pane's items, the selected tab, a scroll pane's
     * content, the graphics of a list's or table's cells), not the parts of its skin.
     */
    private static List<Node> content(Node node) {
        List<Node> content = new ArrayList<>();
        if (!(node instanceof Control)) {
            if (node instanceof Parent parent) {
                content.addAll(parent.getChildrenUnmodifiable());
            }
        } else if (node instanceof Labeled labeled && labeled.getGraphic() != null) {
            content.add(labeled.getGraphic());
        } else if (node instanceof SplitPane split) {
            content.addAll(split.getItems());
        } else if (node instanceof TabPane tabs) {
            Tab tab = tabs.getSelectionModel().getSelectedItem();
            if (tab != null && tab.getContent() != null) {
                content.add(tab.getContent());
            }
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            content.add(scroll.getContent());
        } else if (node instanceof TitledPane titled && titled.getContent() != null) {
            content.add(titled.getContent());
        } else if (node instanceof ListView<?> || node instanceof TableView<?>) {
            content.addAll(node.lookupAll(".cell"));
            content.remove(node);
        }
        return content;
    }

    private static boolean holdsControl(Node node) {
        if (node instanceof Control) {
            return true;
        }
        return node instanceof Parent parent
                && parent.getChildrenUnmodifiable().stream().filter(LayoutCheck::shows).anyMatch(LayoutCheck::holdsControl);
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static boolean allowed(List<Allowed> allowances, Node node) {
        return allowances.stream().anyMatch(allowed -> allowed.matches().test(node));
    }

    /** The node as a reader of a failure finds it: id, else style classes and class, with its text. */
    static String name(Node node) {
        String what = node.getId() != null ? "#" + node.getId()
                : node.getClass().getSimpleName() + (node.getStyleClass().isEmpty() ? "" : node.getStyleClass());
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            what += " \"" + labeled.getText() + "\"";
        }
        Parent parent = node.getParent();
        while (parent != null && parent.getId() == null) {
            parent = parent.getParent();
        }
        return parent == null ? what : what + " (in #" + parent.getId() + ")";
    }
}
