package com.promisedesk.desk;

import com.promisedesk.check.Wording;
import com.promisedesk.domain.DeliveryMark;
import com.promisedesk.domain.LineDelivery;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseKeeping;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.MilestoneRow;
import com.promisedesk.store.StoreException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The delivery of agreed promises, as the app's Delivery screen and {@code promise deliver|cancel-line|
 * withdraw|delivery} both do it: each line's promised day by the checker of the catalog in use, the
 * marks recorded through the store (mark, outbox entry and new status in one transaction), and
 * how the promise stands in words.
 */
public final class Deliveries {

    private final LocalStore store;
    private final Judging judging;

    private Deliveries(LocalStore store, Judging judging) {
        this.store = store;
        this.judging = judging;
    }

    /** @param judging what dates the lines (the catalog in use) */
    public static Deliveries of(LocalStore store, Judging judging) {
        return new Deliveries(store, judging);
    }

    /** How one promise stands: its keeping (status, lines), its milestones and its whole delivery history. */
    public record Standing(Promise promise, PromiseKeeping keeping, List<MilestoneRow> milestones,
                           List<DeliveryMark> history) {
    }

    /**
     * Records {@code mark} on the promise, checked in the transaction that writes it.
     *
     * @throws com.promisedesk.domain.InvalidValueException saying why the mark may not be recorded
     */
    public PromiseKeeping record(UUID promiseId, DeliveryMark mark, LocalDate today) {
        return store.deliveries().record(promiseId, mark, this::promisedDates, today);
    }

    /** The promise {@code id} as it stands now. */
    public Standing standing(UUID id) {
        Promise promise = store.promises().find(id).orElseThrow(() ->
                new StoreException("there is no promise " + id + " in the local store"));
        return new Standing(promise, store.deliveries().keepingOf(promise, promisedDates(promise)),
                store.milestones().list(id), store.deliveries().marksOf(id));
    }

    /** The day each line is promised at, by the checker of the catalog in use. */
    public List<LocalDate> promisedDates(Promise promise) {
        return promisedDates(promise, judging);
    }

    /**
     * The day each line is promised at: the checker's, and a bespoke line's own date. The checker
     * dates only lines of the catalog (a bespoke line has no lead time, so it gives none), yet a
     * bespoke line with a date is promised at it and can be late like any other.
     */
    public static List<LocalDate> promisedDates(Promise promise, Judging judging) {
        List<LocalDate> dates = new java.util.ArrayList<>(judging.checker().promisedDates(promise));
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i) == null) {
                dates.set(i, promise.lines().get(i).date());
            }
        }
        return java.util.Collections.unmodifiableList(dates);
    }

    /** What line {@code line} (from 0) is: the bespoke text or the capability's name. */
    public String what(Promise promise, int line) {
        return Wording.what(promise.lines().get(line), judging.catalog());
    }

    /**
     * Where a line stands in words, its days by {@code day}: "to deliver", "overdue by 3 days",
     * "delivered Tue 1 Dec 2026", "delivered Fri 4 Dec 2026, 3 days late", "cancelled …: why".
     */
    public static String state(LineDelivery line, LocalDate today, Function<LocalDate, String> day) {
        if (line.cancelled()) {
            return "cancelled " + day.apply(line.mark().on()) + ": " + line.mark().reason();
        }
        if (!line.open()) {
            return "delivered " + day.apply(line.mark().on())
                    + (line.late() ? ", " + Wording.count(line.daysLate(), "day", "days") + " late" : "");
        }
        if (line.overdue(today)) {
            return "overdue by " + Wording.count(java.time.temporal.ChronoUnit.DAYS.between(line.promised(), today),
                    "day", "days");
        }
        return "to deliver";
    }

    /** One mark of the history in words: "line 2 delivered Tue 1 Dec 2026", "withdrawn by the customer …: why". */
    public static String history(DeliveryMark mark, Function<LocalDate, String> day) {
        String what = switch (mark.kind()) {
            case DELIVERED -> "line " + (mark.line() + 1) + " delivered " + day.apply(mark.on());
            case CANCELLED -> "line " + (mark.line() + 1) + " cancelled by us " + day.apply(mark.on());
            case WITHDRAWN -> "withdrawn by the customer " + day.apply(mark.on());
        };
        return what + (mark.reason() == null ? "" : ": " + mark.reason());
    }
}
