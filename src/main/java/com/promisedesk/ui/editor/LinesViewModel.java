package com.promisedesk.ui.editor;

import com.promisedesk.store.CatalogRepository;
import javafx.beans.property.IntegerProperty;
import javafx.collections.ObservableList;

/**
 * The editor's lines pane: the commitment lines, the chosen one, and the picker that adds a
 * line from what the rep types. The picker searches the catalog it is given here; the view
 * only shows its matches.
 */
public final class LinesViewModel {

    private final EditorViewModel editor;
    private final LinePicker picker;

    /** @param catalogs the catalog the picker searches (its full-text index) */
    public LinesViewModel(EditorViewModel editor, CatalogRepository catalogs) {
        this.editor = editor;
        this.picker = new LinePicker(catalogs, editor.threads());
    }

    /**
     * Adds a line for the capability the picker found for {@code typed}; when it found none
     * ({@code code} null), says how to add the text as a bespoke item instead.
     *
     * @return whether a line was added (the field is then cleared for the next one)
     */
    public boolean addCapability(String code, String typed) {
        if (code == null) {
            if (typed != null && !typed.isBlank()) {
                editor.say("No capability matches “" + typed.strip() + "”: Ctrl+B adds it as a bespoke item");
            }
            return false;
        }
        editor.addCapabilityLine(code);
        return true;
    }

    /** Adds the typed text as a bespoke (non-catalog) item; false (nothing added) when nothing was typed. */
    public boolean addBespoke(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return false;
        }
        editor.addBespokeLine(text);
        return true;
    }

    /** What a line promises, as the COMMITMENT column shows it. */
    public static String what(LineItem line) {
        return (line.code().isEmpty() ? "Bespoke · " : line.code() + " · ") + line.what();
    }

    /** Whether there are no lines yet: the keyboard then starts in the add-line field. */
    public boolean noLines() {
        return editor.promiseProperty().get().lines().isEmpty();
    }

    public LinePicker picker() {
        return picker;
    }

    public ObservableList<LineItem> lines() {
        return editor.lines();
    }

    public IntegerProperty selectedLineProperty() {
        return editor.selectedLineProperty();
    }
}
