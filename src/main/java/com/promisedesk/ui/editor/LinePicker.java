package com.promisedesk.ui.editor;

import com.promisedesk.store.CatalogRepository;
import com.promisedesk.ui.LatestOnly;
import com.promisedesk.ui.Threads;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Picks the capability of a new line as the rep types part of its code or name: the best
 * matches of the catalog's full-text index, searched in the background; a result that
 * arrives after a newer keystroke is dropped. What is shown and what Enter adds are decided
 * by {@link LinePickerMatches}; this class runs the searches and publishes its state.
 */
public final class LinePicker {

    static final int SHOWN = 8;

    private final CatalogRepository catalogs;
    private final Threads threads;
    private final LatestOnly searches;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<LinePickerMatches.Match> matches = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper highlighted = new ReadOnlyIntegerWrapper(this, "highlighted", 0);
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing", false);
    private LinePickerMatches state = LinePickerMatches.NONE;

    public LinePicker(CatalogRepository catalogs, Threads threads) {
        this.catalogs = catalogs;
        this.threads = threads;
        this.searches = new LatestOnly(threads);
        query.addListener((o, was, now) -> search(now));
    }

    private void search(String text) {
        if (text == null || text.isBlank()) {
            searches.cancel();
            show(LinePickerMatches.NONE);
            return;
        }
        searches.load(() -> LinePickerMatches.found(text, catalogs.search(text, null, null, SHOWN)), this::show,
                failure -> show(LinePickerMatches.NONE));
    }

    private void show(LinePickerMatches next) {
        if (!next.matches().equals(state.matches())) {
            matches.setAll(next.matches());
        }
        state = next;
        highlighted.set(next.highlighted());
        showing.set(next.showing());
    }

    /** ↓ (+1) or ↑ (−1) in the field; false when there is nothing to move through. */
    public boolean move(int step) {
        if (state.matches().isEmpty()) {
            return false;
        }
        show(state.move(step));
        return true;
    }

    /** Esc in the field; false when the list was not showing (the key is then not the picker's). */
    public boolean close() {
        if (!state.showing()) {
            return false;
        }
        show(state.closed());
        return true;
    }

    /**
     * Finds the capability the rep means by {@code text} and hands its code to {@code then}
     * ({@code null} when nothing matches): see {@link LinePickerMatches#choice}. When the
     * matches shown are not yet for {@code text}, the catalog is searched in the background first.
     */
    public void choose(String text, Consumer<String> then) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return;
        }
        var known = state.choice(typed);
        if (known.isPresent()) {
            then.accept(known.get());
            return;
        }
        threads.load(() -> LinePickerMatches.found(typed, catalogs.search(typed, null, null, SHOWN)).choice(typed),
                code -> then.accept(code.orElse(null)), failure -> then.accept(null));
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The matches shown, best first. */
    public ObservableList<LinePickerMatches.Match> matches() {
        return matches;
    }

    /** The index of the match Enter adds. */
    public ReadOnlyIntegerProperty highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    /** Whether the list of matches is open and has something in it. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }
}
