package com.promisedesk.ui.sync;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.Judging;
import com.promisedesk.store.PromiseRepository;
import com.promisedesk.store.PromiseRow;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * "What changed" after a sync brought a new catalog version: when the catalog in use is
 * swapped, works out in the background what the new version added, changed and retired,
 * and which lines of the rep's open promises are judged differently now. The list itself
 * is shown on request.
 */
public final class CatalogNewsViewModel {

    /** Promises still being negotiated: what is agreed stays as agreed. */
    static final Set<PromiseStatus> OPEN = EnumSet.of(PromiseStatus.DRAFT, PromiseStatus.READ_BACK);

    private final PromiseRepository promises;
    private final Threads threads;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<CatalogNews> news = new ReadOnlyObjectWrapper<>(this, "news");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper promisesLine = new ReadOnlyStringWrapper(this, "promisesLine", "");
    private final BooleanProperty listShown = new SimpleBooleanProperty(this, "listShown", false);

    /** @param clock the app's clock: open promises are judged as of its day (T) under both catalogs */
    public CatalogNewsViewModel(JudgingInUse catalog, PromiseRepository promises, Threads threads, Clock clock) {
        this.promises = promises;
        this.clock = clock;
        this.threads = threads;
        catalog.property().addListener((o, was, now) -> {
            // News of a catalog version; new bookings alone show in the verdicts themselves.
            if (!was.version().equals(now.version())) {
                compare(was, now);
            }
        });
    }

    private void compare(Judging was, Judging now) {
        LocalDate today = LocalDate.now(clock);
        threads.load(() -> CatalogNews.between(was, now, openPromises(), today), this::show, failure -> {
            news.set(null);
            headline.set("Catalog " + now.version() + " is in use now");
            promisesLine.set("What changed could not be worked out: " + FailureWords.describe(failure));
        });
    }

    private List<Promise> openPromises() {
        List<Promise> open = new ArrayList<>();
        for (PromiseRow row : promises.list()) {
            if (OPEN.contains(row.status())) {
                promises.find(row.id()).ifPresent(open::add);
            }
        }
        return open;
    }

    private void show(CatalogNews next) {
        news.set(next);
        headline.set(next.headline());
        promisesLine.set(next.promisesLine());
    }

    /** Shows or hides the list of what changed. */
    public void toggleList() {
        listShown.set(!listShown.get() && news.get() != null);
    }

    /** The latest news; null before a sync brought a new catalog. */
    public ReadOnlyObjectProperty<CatalogNews> newsProperty() {
        return news.getReadOnlyProperty();
    }

    /** "Catalog 2026.12.1 — 3 added, 5 changed, 1 retired"; empty before a sync brought a new catalog. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Whether the rep's open promises are judged as before. */
    public ReadOnlyStringProperty promisesLineProperty() {
        return promisesLine.getReadOnlyProperty();
    }

    public BooleanProperty listShownProperty() {
        return listShown;
    }
}
