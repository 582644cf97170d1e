package com.promisedesk.ui.editor;

import com.promisedesk.store.CapabilityRow;
import com.promisedesk.store.CatalogRepository;
import com.promisedesk.ui.LatestOnly;
import com.promisedesk.ui.Threads;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Picks the capability of a new line as the rep types part of its code or name: the best
 * matches of the catalog's full-text index, searched in the background; a result that
 * arrives after a newer keystroke is dropped.
 */
public final class LinePicker {

    static final int SHOWN = 8;

    private final CatalogRepository catalogs;
    private final Threads threads;
    private final LatestOnly searches;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<CapabilityRow> matches = FXCollections.observableArrayList();

    public LinePicker(CatalogRepository catalogs, Threads threads) {
        this.catalogs = catalogs;
        this.threads = threads;
        this.searches = new LatestOnly(threads);
        query.addListener((o, was, now) -> search(now));
    }

    private void search(String text) {
        if (text == null || text.isBlank()) {
            searches.cancel();
            matches.clear();
            return;
        }
        searches.load(() -> catalogs.search(text, null, null, SHOWN), matches::setAll, failure -> matches.clear());
    }

    /**
     * Finds the capability the rep means by {@code text} and hands its code to {@code then}
     * ({@code null} when nothing matches): an exact code among the matches shown, else the
     * best match. When no matches are shown yet, the search runs in the background first.
     */
    public void resolve(String text, Consumer<String> then) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return;
        }
        String known = bestOf(typed, matches);
        if (known != null || !matches.isEmpty()) {
            then.accept(known);
            return;
        }
        threads.load(() -> catalogs.search(typed, null, null, 1), rows -> then.accept(bestOf(typed, rows)),
                failure -> then.accept(null));
    }

    private static String bestOf(String typed, List<CapabilityRow> rows) {
        for (CapabilityRow row : rows) {
            if (row.code().equalsIgnoreCase(typed)) {
                return row.code();
            }
        }
        return rows.isEmpty() ? null : rows.get(0).code();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<CapabilityRow> matches() {
        return matches;
    }
}
