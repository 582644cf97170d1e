package com.promisedesk.ui.promises;

import com.promisedesk.desk.KeepingRecord;
import com.promisedesk.desk.PromiseRecords;
import com.promisedesk.failure.FailureWords;
import com.promisedesk.check.PromiseCheck;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.Judging;
import com.promisedesk.store.PromiseRepository;
import com.promisedesk.store.PromiseRow;
import com.promisedesk.check.Wording;
import com.promisedesk.ui.JudgingInUse;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.ScreenWords;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Promises screen: every promise in the local store with its worst verdict from the real
 * checker, judged against the catalog in use and again when a new one is swapped in.
 */
public final class PromisesViewModel {

    private final PromiseRepository promises;
    private final JudgingInUse catalog;
    private final Threads threads;
    private final Clock clock;
    private final Supplier<PromiseRecords> records;
    private final ObservableList<PromiseListItem> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /** @param clock the app's clock: each refresh judges as of its day (T, docs/checking.md) */
    public PromisesViewModel(PromiseRepository promises, JudgingInUse catalog, Threads threads, Clock clock) {
        this(promises, catalog, threads, clock, () -> PromiseRecords.of(List.of()));
    }

    /** @param records reads the promise-keeping record, each customer's shown beside their name */
    public PromisesViewModel(PromiseRepository promises, JudgingInUse catalog, Threads threads, Clock clock,
                             Supplier<PromiseRecords> records) {
        this.records = records;
        this.promises = promises;
        this.clock = clock;
        this.catalog = catalog;
        this.threads = threads;
        catalog.property().addListener((o, was, now) -> refresh());
    }

    /** Reloads the list from the store and checks every promise, in the background. */
    public void refresh() {
        Judging judging = catalog.get();
        LocalDate today = LocalDate.now(clock);
        threads.load(() -> loadItems(judging, today), loaded -> {
            items.setAll(loaded);
            empty.set(loaded.isEmpty());
            summary.set(loaded.isEmpty() ? "" : loaded.size() + (loaded.size() == 1 ? " promise" : " promises"));
        }, failure -> summary.set("Could not read the promises: " + FailureWords.describe(failure)));
    }

    private List<PromiseListItem> loadItems(Judging judging, LocalDate today) {
        List<PromiseListItem> loaded = new ArrayList<>();
        Map<String, KeepingRecord> perCustomer = records.get().perCustomer(null, null);
        for (PromiseRow row : promises.list()) {
            Promise promise = promises.find(row.id()).orElseThrow();
            PromiseCheck check = judging.check(promise, today);
            loaded.add(new PromiseListItem(row.id(), row.customer(), row.title(), row.status().label(),
                    Wording.date(row.start()), check.verdict(), verdictText(check), recordOf(perCustomer, row.customer())));
        }
        return loaded;
    }

    /** The customer's record in words, over all time; empty while none of their promises has ended. */
    private static String recordOf(Map<String, KeepingRecord> perCustomer, String customer) {
        KeepingRecord record = perCustomer.get(customer.strip());
        return record == null ? "" : record.words();
    }

    /** The chip's words: the rep's view, so it names the tier. */
    static String verdictText(PromiseCheck check) {
        if (check.lines().isEmpty()) {
            return "No lines yet";
        }
        return ScreenWords.chip(check.verdict(), check.tier());
    }

    public ObservableList<PromiseListItem> items() {
        return items;
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
