package com.promisedesk.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every key of the promise editor, in one table: the key, the part it reaches (by fx:id) and
 * the words of that part's tooltip. Behaviour and tooltips both read the table, so a tooltip
 * cannot name a key that does something else. A key that reaches a field selects the field's
 * tab, puts the keyboard in the field and selects its text, so typing replaces it (as Tab
 * does); a key that reaches a button presses it, when the button is shown and enabled.
 * Only Alt+letter, Ctrl+letter, Ctrl+Enter and function keys, none a text field's own editing
 * key (Ctrl+A/C/V/X, arrows, Home/End, Backspace/Delete, Shift+…); Ctrl+Z/Y are taken on purpose,
 * for undo across the whole editor, and Ctrl+Delete and Esc yield to the fields that use them.
 */
final class EditorKeys {

    private static final String CHOOSE_A_LINE = "Choose a line first: Ctrl+L adds one, Alt+L goes to the lines";

    /**
     * One row of the table.
     *
     * @param unavailable what the rep is told when the field is not shown (no line chosen, say); null for buttons
     * @param leftTo      fx:ids of parts whose own use of the key comes first while the keyboard is in them
     * @param typingFirst a text field's own use of the key comes first while the keyboard is in one
     */
    record Key(KeyCombination combination, String target, String words, String unavailable, Set<String> leftTo,
               boolean typingFirst) {
        /** As this platform writes the key ("Ctrl+Z", "⌘Z"), Enter and Esc as the README writes them. */
        String keys() {
            return combination.getDisplayText().replace("↵", "Enter").replace("Escape", "Esc");
        }
    }

    /** The editor's keys, in reading order: header, lines, the chosen line, the tabs, the promise as a whole. */
    static final List<Key> TABLE = List.of(
            key("Alt+C", "customerField", "The customer; Tab for region and contact"),
            key("Alt+T", "titleField", "The promise's title; Tab for the start date"),
            key("Shortcut+L", "addLineField", "Add a line: type a capability's code or name, Enter"),
            key("Shortcut+B", "bespokeButton", "Add the typed text as a bespoke (non-catalog) item"),
            key("Alt+L", "lineTable", "The lines: ↑ ↓ choose the one shown in the detail"),
            key("Alt+Q", "quantityField", "Quantity of the chosen line", CHOOSE_A_LINE),
            key("Alt+D", "dateField", "Date of the chosen line, e.g. +15bd or 15 Dec 2026", CHOOSE_A_LINE),
            key("Alt+M", "termBox", "Terms of the chosen line; Tab to the next",
                    "No terms to set: choose a line that has terms (Alt+L)"),
            key("Alt+U", "underPromiseField", "Why we keep this under-promise",
                    "No reason to give: the chosen line is not an under-promise"),
            key("Shortcut+U", "suggestionButton", "Use the honest suggestion"),
            // In a text field Ctrl+Delete deletes the next word; there it stays the field's.
            new Key(KeyCombination.keyCombination("Shortcut+Delete"), "removeLineButton",
                    "Remove the chosen line (from outside a text field)", null, Set.of(), true),
            key("Shortcut+R", "requestButton", "Request approval from the approvers of this line's tier"),
            key("Alt+E", "expectationField",
                    "A new expectation in the customer's words; end with #1,3 to link lines 1 and 3, or Tab to the lines"),
            key("Alt+R", "responsibilityField", "A new responsibility of the customer; Tab for its due date and lines"),
            key("Alt+X", "extraField", "A new one-time extra"),
            key("Shortcut+Z", "undoButton", "Undo"),
            key("Shortcut+Y", "redoButton", "Redo"),
            key("Shortcut+Shift+Z", "redoButton", "Redo"),
            key("Shortcut+E", "summaryButton", "Preview, print or export the written summary"),
            key("F5", "readBackButton", "Read the promise back to the customer"),
            key("Shortcut+Enter", "agreeButton", "Mark the promise agreed"),
            // The add-line field and the approval request use Esc themselves (clear, close) before it means "back".
            new Key(KeyCombination.keyCombination("Esc"), "backButton", "Back to the promises", null,
                    Set.of("addLineField", "requestForm"), false));

    private EditorKeys() {
    }

    private static Key key(String keys, String target, String words) {
        return key(keys, target, words, null);
    }

    private static Key key(String keys, String target, String words, String unavailable) {
        return new Key(KeyCombination.keyCombination(keys), target, words, unavailable, Set.of(), false);
    }

    /** "Ctrl+Y or Ctrl+Shift+Z": every key that reaches {@code target}, as this platform writes them. */
    static String keysOf(String target) {
        return TABLE.stream().filter(key -> key.target().equals(target)).map(Key::keys)
                .collect(Collectors.joining(" or "));
    }

    /** The tooltip of {@code target}: its words and its keys. */
    static String tooltipOf(String target) {
        Key first = TABLE.stream().filter(key -> key.target().equals(target)).findFirst().orElseThrow();
        return first.words() + " (" + keysOf(target) + ")";
    }

    /**
     * Puts the table to work under {@code root}: the tooltips on every part it names, and one
     * key filter. {@code say} tells the rep why a key reached nothing.
     */
    static void install(Parent root, Consumer<String> say) {
        Map<String, Node> parts = new HashMap<>();
        Map<Node, Tab> tabOf = new HashMap<>();
        index(root, null, parts, tabOf);
        Map<Key, Node> targets = new LinkedHashMap<>();
        for (Key key : TABLE) {
            Node target = parts.get(key.target());
            if (target == null) {
                throw new IllegalStateException("The editor has no part with fx:id " + key.target());
            }
            targets.put(key, target);
            if (target instanceof Control control) {
                control.setTooltip(new Tooltip(tooltipOf(key.target())));
                control.setAccessibleHelp(control.getTooltip().getText());
                if (control instanceof ButtonBase) {
                    control.setAccessibleText(key.words());
                }
            }
        }
        // Alt+letter types a character on a Mac: the typed half of a key taken here must not reach the new field.
        boolean[] taken = {false};
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            taken[0] = false;
            for (Map.Entry<Key, Node> row : targets.entrySet()) {
                if (row.getKey().combination().match(event)) {
                    if (!leftToFocusedPart(root, row.getKey(), parts)) {
                        reach(row.getKey(), row.getValue(), tabOf.get(row.getValue()), say);
                        event.consume();
                        taken[0] = true;
                    }
                    return;
                }
            }
        });
        root.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (taken[0]) {
                event.consume();
            }
        });
        root.addEventFilter(KeyEvent.KEY_RELEASED, event -> {
            if (!event.getCode().isModifierKey()) {
                taken[0] = false;
            }
        });
    }

    private static void reach(Key key, Node target, Tab tab, Consumer<String> say) {
        if (target instanceof ButtonBase button) {
            if (shown(button) && !button.isDisabled()) {
                button.fire();
            }
            return;
        }
        if (tab != null) {
            tab.getTabPane().getSelectionModel().select(tab);
        }
        Node field = target instanceof Control ? target : firstField(target);
        if (field == null || !shown(field) || field.isDisabled()) {
            say.accept(key.unavailable());
            return;
        }
        field.requestFocus();
        if (field instanceof TextInputControl text) {
            text.selectAll();
        }
        scrollIntoView(field);
    }

    /** A scroll pane does not follow the keyboard: the detail pane's lower fields would be typed in unseen. */
    private static void scrollIntoView(Node field) {
        for (Node node = field.getParent(); node != null; node = node.getParent()) {
            if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                Bounds place = content.sceneToLocal(field.localToScene(field.getBoundsInLocal()));
                double shown = scroll.getViewportBounds().getHeight();
                double hidden = content.getBoundsInLocal().getHeight() - shown;
                if (hidden > 0) {
                    double top = scroll.getVvalue() * hidden;
                    top = place.getMinY() < top ? place.getMinY() : Math.max(top, place.getMaxY() - shown);
                    scroll.setVvalue(Math.min(1, top / hidden));
                }
            }
        }
    }

    private static boolean leftToFocusedPart(Parent root, Key key, Map<String, Node> parts) {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (key.typingFirst() && focused instanceof TextInputControl) {
            return true;
        }
        for (Node node = focused; node != null; node = node.getParent()) {
            for (String id : key.leftTo()) {
                if (node == parts.get(id)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every part with an fx:id, including tab contents, split-pane items and scroll-pane contents (before their skins exist). */
    private static void index(Node node, Tab tab, Map<String, Node> parts, Map<Node, Tab> tabOf) {
        if (node == null) {
            return;
        }
        if (node.getId() != null) {
            parts.putIfAbsent(node.getId(), node);
        }
        if (tab != null) {
            tabOf.put(node, tab);
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(each -> index(each.getContent(), each, parts, tabOf));
        } else if (node instanceof SplitPane split) {
            split.getItems().forEach(item -> index(item, tab, parts, tabOf));
        } else if (node instanceof ScrollPane scroll) {
            index(scroll.getContent(), tab, parts, tabOf);
        } else if (node instanceof Parent parent && !(node instanceof Control)) {
            parent.getChildrenUnmodifiable().forEach(child -> index(child, tab, parts, tabOf));
        }
    }

    /** The first field in a part that holds several made on the fly (the chosen line's terms). */
    private static Node firstField(Node part) {
        List<Node> open = new ArrayList<>(List.of(part));
        while (!open.isEmpty()) {
            Node node = open.remove(0);
            if (node instanceof TextInputControl && node.isVisible()) {
                return node;
            }
            if (node instanceof Parent parent && !(node instanceof Control)) {
                open.addAll(parent.getChildrenUnmodifiable());
            }
        }
        return null;
    }

    private static boolean shown(Node node) {
        for (Node each = node; each != null; each = each.getParent()) {
            if (!each.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
