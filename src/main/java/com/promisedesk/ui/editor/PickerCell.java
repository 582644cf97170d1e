package com.promisedesk.ui.editor;

import com.promisedesk.domain.CapabilityStatus;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One match of the capability picker: code, name, why it matched (when the name does not
 * show it) and its status as a chip. A click adds it, as Enter does for the highlighted one.
 */
final class PickerCell extends ListCell<LinePickerMatches.Match> {

    /** Wide enough for the catalog's codes (21 letters), so the names line up. */
    private static final double CODE_COLUMN = 168;

    /** At least the code column's width; a longer code widens its row and is never cut. */
    private final Label code = new Label() {
        @Override
        protected double computePrefWidth(double height) {
            return Math.max(CODE_COLUMN, super.computePrefWidth(height));
        }
    };
    private final Label name = new Label();
    private final Label why = new Label();
    private final Label status = new Label();
    private final HBox row;

    PickerCell(Consumer<String> add) {
        code.getStyleClass().addAll("code", "picker-code");
        name.getStyleClass().add("picker-name");
        why.getStyleClass().addAll("muted", "small", "picker-why");
        status.getStyleClass().add("chip");
        for (Label fixed : new Label[] {code, name, status}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        row = new HBox(12, code, name, why, gap, status);
        row.getStyleClass().add("picker-row");
        setText(null);
        // A filter on press, before the list's own handling: the field keeps the keyboard.
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, event -> {
            if (!isEmpty() && getItem() != null) {
                add.accept(getItem().row().code());
                event.consume();
            }
        });
    }

    @Override
    protected void updateItem(LinePickerMatches.Match match, boolean empty) {
        super.updateItem(match, empty);
        if (empty || match == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        code.setText(match.row().code());
        name.setText(match.row().name());
        why.setText(match.why());
        why.setVisible(!match.why().isEmpty());
        why.setManaged(why.isVisible());
        CapabilityStatus state = match.row().status();
        status.setText(state.label());
        status.getStyleClass().removeIf(style -> style.startsWith("chip-"));
        status.getStyleClass().add(chipStyle(state));
        setGraphic(row);
        setAccessibleText(match.row().code() + ", " + match.row().name() + ", " + state.label()
                + (match.why().isEmpty() ? "" : ", " + match.why()));
    }

    /** Available is the quiet default; the others are what a rep must notice before promising. */
    static String chipStyle(CapabilityStatus state) {
        return state == CapabilityStatus.AVAILABLE ? "chip-neutral"
                : "chip-" + state.name().toLowerCase(Locale.ROOT);
    }
}
