package com.promisedesk.desk;

import com.promisedesk.domain.DeliveryKind;
import com.promisedesk.domain.DeliveryMark;
import com.promisedesk.domain.LineDelivery;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseKeeping;
import com.promisedesk.domain.PromiseKeeping.Outcome;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.store.LocalStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The promise-keeping record, computed on the device from the local store (the rep's own
 * promises): every promise that ended with its outcome and the day it ended, counted per
 * customer and for the rep, over a period. The status stored with the last mark is the
 * outcome (it was judged against the promised days when the mark was recorded, in one
 * transaction); the marks only tell a line kept late from one cancelled, and the day it ended.
 */
public final class PromiseRecords {

    /** A promise that ended: whose, how, and on which day (its last delivery mark's day). */
    public record Ended(String customer, Outcome outcome, LocalDate on) {
    }

    private final List<Ended> ended;

    private PromiseRecords(List<Ended> ended) {
        this.ended = List.copyOf(ended);
    }

    /** Reads every ended promise of the local store and its delivery marks. */
    public static PromiseRecords of(LocalStore store) {
        List<Ended> ended = new ArrayList<>();
        for (Promise promise : store.promises().all()) {
            PromiseStatus status = promise.status();
            if (status == PromiseStatus.KEPT || status == PromiseStatus.BROKEN || status == PromiseStatus.WITHDRAWN) {
                endedOf(promise, store.deliveries().marksOf(promise.id())).ifPresent(ended::add);
            }
        }
        return new PromiseRecords(ended);
    }

    /** The record of the promises given (for a test, or what another source read). */
    public static PromiseRecords of(List<Ended> ended) {
        return new PromiseRecords(ended);
    }

    /**
     * The promise's end, when its marks recorded one: a promise withdrawn before it was agreed,
     * or one whose status came from a file without marks, was not kept or broken on this desk.
     */
    static java.util.Optional<Ended> endedOf(Promise promise, List<DeliveryMark> marks) {
        if (marks.isEmpty()) {
            return java.util.Optional.empty();
        }
        // Only the latest mark of each line counts; no line is judged late here (no days given).
        PromiseKeeping keeping = PromiseKeeping.of(promise, Collections.nCopies(promise.lines().size(), null), marks,
                List.of());
        Outcome outcome = switch (promise.status()) {
            case KEPT -> Outcome.KEPT_ON_TIME;
            case WITHDRAWN -> Outcome.WITHDRAWN;
            default -> keeping.lines().stream().anyMatch(LineDelivery::cancelled) ? Outcome.BROKEN : Outcome.LATE;
        };
        if (outcome == Outcome.WITHDRAWN && keeping.withdrawal().isEmpty()) {
            return java.util.Optional.empty();
        }
        LocalDate on = outcome == Outcome.WITHDRAWN ? keeping.withdrawal().orElseThrow().on()
                : marks.stream().filter(m -> m.kind() != DeliveryKind.WITHDRAWN).map(DeliveryMark::on)
                        .max(LocalDate::compareTo).orElseThrow();
        return java.util.Optional.of(new Ended(promise.customer().name(), outcome, on));
    }

    /** The rep's record: every promise that ended between {@code from} and {@code to} (both may be null: open). */
    public KeepingRecord overall(LocalDate from, LocalDate to) {
        return count(in(from, to));
    }

    /** Each customer's record over the period, by name (case and spacing as first seen), in name order. */
    public Map<String, KeepingRecord> perCustomer(LocalDate from, LocalDate to) {
        Map<String, List<Outcome>> outcomes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ended.stream().filter(in(from, to)).forEach(e ->
                outcomes.computeIfAbsent(e.customer().strip(), k -> new ArrayList<>()).add(e.outcome()));
        Map<String, KeepingRecord> records = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        outcomes.forEach((customer, list) -> records.put(customer, KeepingRecord.of(list)));
        return records;
    }

    /** One customer's record over the period; the name is matched ignoring case and outer spaces. */
    public KeepingRecord ofCustomer(String customer, LocalDate from, LocalDate to) {
        String wanted = key(customer);
        return count(in(from, to).and(e -> key(e.customer()).equals(wanted)));
    }

    /** Whether a promise of {@code customer} ever ended here (to tell "no such customer" from "nothing in the period"). */
    public boolean knows(String customer) {
        String wanted = key(customer);
        return ended.stream().anyMatch(e -> key(e.customer()).equals(wanted));
    }

    private KeepingRecord count(Predicate<Ended> which) {
        return KeepingRecord.of(ended.stream().filter(which).map(Ended::outcome).toList());
    }

    private static Predicate<Ended> in(LocalDate from, LocalDate to) {
        return e -> (from == null || !e.on().isBefore(from)) && (to == null || !e.on().isAfter(to));
    }

    private static String key(String customer) {
        return customer.strip().toLowerCase(Locale.ROOT);
    }
}
