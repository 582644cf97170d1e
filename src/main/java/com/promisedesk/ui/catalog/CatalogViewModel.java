package com.promisedesk.ui.catalog;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.domain.Category;
import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.store.CapabilityRow;
import com.promisedesk.store.CatalogRepository;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Choice;
import com.promisedesk.ui.LatestOnly;
import com.promisedesk.ui.Threads;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Catalog screen: as-you-type search over code, name and summary, filters by
 * category and status, and the detail of the chosen capability. Searches run in the
 * background; a result that arrives after a newer search started is dropped. Shows the
 * catalog in use, and searches again when a new one is swapped in.
 */
public final class CatalogViewModel {

    /** Rows shown at most; the summary says when there are more. */
    static final int SHOWN = 500;

    private final CatalogRepository catalogs;
    private final JudgingInUse catalog;
    private CapabilityDescription description;
    private final LatestOnly searches;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<Choice<Category>> category = new SimpleObjectProperty<>(this, "category");
    private final ObjectProperty<Choice<CapabilityStatus>> status = new SimpleObjectProperty<>(this, "status");
    private final ObservableList<CapabilityRow> results = FXCollections.observableArrayList();
    private final ObjectProperty<CapabilityRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<CapabilityDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final List<Choice<Category>> categories = new ArrayList<>();
    private final List<Choice<CapabilityStatus>> statuses = new ArrayList<>();

    public CatalogViewModel(CatalogRepository catalogs, JudgingInUse catalog, Threads threads) {
        this.catalogs = catalogs;
        this.catalog = catalog;
        this.description = new CapabilityDescription(catalog.catalog().policy());
        this.searches = new LatestOnly(threads);
        categories.add(new Choice<>(null, "All categories"));
        for (Category c : Category.values()) {
            categories.add(new Choice<>(c, c.label()));
        }
        statuses.add(new Choice<>(null, "Any status"));
        for (CapabilityStatus s : CapabilityStatus.values()) {
            statuses.add(new Choice<>(s, s.label()));
        }
        category.set(categories.get(0));
        status.set(statuses.get(0));
        query.addListener((o, was, now) -> search());
        category.addListener((o, was, now) -> search());
        status.addListener((o, was, now) -> search());
        selected.addListener((o, was, now) -> showDetail(now));
        catalog.property().addListener((o, was, now) -> {
            if (!was.version().equals(now.version())) {
                description = new CapabilityDescription(now.catalog().policy());
                search();
            }
        });
    }

    /** Runs the search for the current query and filters. */
    public void search() {
        String text = query.get();
        Category inCategory = category.get() == null ? null : category.get().value();
        CapabilityStatus withStatus = status.get() == null ? null : status.get().value();
        searches.load(() -> catalogs.search(text, inCategory, withStatus, SHOWN + 1), rows -> showResults(rows, text),
                failure -> summary.set("Search failed: " + FailureWords.describe(failure)));
    }

    private void showResults(List<CapabilityRow> rows, String text) {
        CapabilityRow keep = selected.get();
        List<CapabilityRow> shown = rows.size() > SHOWN ? rows.subList(0, SHOWN) : rows;
        results.setAll(shown);
        CapabilityRow same = keep == null ? null
                : shown.stream().filter(row -> row.code().equals(keep.code())).findFirst().orElse(null);
        selected.set(same != null ? same : shown.isEmpty() ? null : shown.get(0));
        showDetail(selected.get()); // a new catalog version may describe the same capability differently
        summary.set(summaryText(rows.size(), text));
    }

    private String summaryText(int found, String text) {
        int total = catalog.catalog().size();
        if (found > SHOWN) {
            return "Showing the first " + SHOWN + " matches: type more to narrow the list";
        }
        boolean filtered = (text != null && !text.isBlank()) || category.get().value() != null
                || status.get().value() != null;
        if (!filtered) {
            return total + " capabilities in catalog " + catalog.get().version();
        }
        return found == 0 ? "No capability matches: try fewer words or another filter"
                : found + " of " + total + " capabilities match";
    }

    private void showDetail(CapabilityRow row) {
        detail.set(row == null ? null
                : catalog.catalog().capability(row.code()).map(description::describe).orElse(null));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Choice<Category>> categoryProperty() {
        return category;
    }

    public ObjectProperty<Choice<CapabilityStatus>> statusProperty() {
        return status;
    }

    public List<Choice<Category>> categories() {
        return List.copyOf(categories);
    }

    public List<Choice<CapabilityStatus>> statuses() {
        return List.copyOf(statuses);
    }

    public ObservableList<CapabilityRow> results() {
        return results;
    }

    public ObjectProperty<CapabilityRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<CapabilityDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
