package com.promisedesk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How an agreed promise is being kept, from its delivery marks (history, in any order): each
 * line's state, the status the marks lead to, and the promise's outcome for the promise-keeping
 * record. DESIGN's life cycle after AGREED: IN_DELIVERY at the first delivery or milestone done;
 * once every line is delivered or cancelled, KEPT when all were delivered on time, BROKEN when
 * one was late or cancelled by us; WITHDRAWN when the customer withdrew, whatever the lines.
 * Pure: the promised day of each line comes from the checker ({@code PromiseChecker.promisedDates}).
 */
public final class PromiseKeeping {

    /** The promise's outcome once it is over, as the promise-keeping record counts it. */
    public enum Outcome { KEPT_ON_TIME, LATE, BROKEN, WITHDRAWN }

    private final Promise promise;
    private final List<LineDelivery> lines;
    private final Optional<DeliveryMark> withdrawal;
    private final boolean milestoneDone;

    private PromiseKeeping(Promise promise, List<LineDelivery> lines, Optional<DeliveryMark> withdrawal,
                           boolean milestoneDone) {
        this.promise = promise;
        this.lines = lines;
        this.withdrawal = withdrawal;
        this.milestoneDone = milestoneDone;
    }

    /**
     * @param promisedDates the day each line is promised at, one per line (null entries allowed)
     * @param marks         every delivery mark of the promise, in any order
     * @param milestones    the promise's milestones (one done moves an agreed promise into delivery)
     */
    public static PromiseKeeping of(Promise promise, List<LocalDate> promisedDates, List<DeliveryMark> marks,
                                    List<Milestone> milestones) {
        if (promisedDates.size() != promise.lines().size()) {
            throw new IllegalArgumentException(promisedDates.size() + " promised dates for " + promise.lines().size() + " lines");
        }
        List<DeliveryMark> ordered = marks.stream().sorted(Comparator.comparing(DeliveryMark::recordedAt)).toList();
        List<LineDelivery> lines = new ArrayList<>(promise.lines().size());
        for (int i = 0; i < promise.lines().size(); i++) {
            DeliveryMark latest = null;
            for (DeliveryMark mark : ordered) {
                if (mark.kind().aboutALine() && mark.line() == i) {
                    latest = mark;
                }
            }
            lines.add(new LineDelivery(i, promisedDates.get(i), latest));
        }
        Optional<DeliveryMark> withdrawal = ordered.stream().filter(m -> m.kind() == DeliveryKind.WITHDRAWN).findFirst();
        return new PromiseKeeping(promise, List.copyOf(lines), withdrawal, milestones.stream().anyMatch(Milestone::done));
    }

    /**
     * Checks that {@code mark} may be recorded on the promise now.
     *
     * @throws InvalidValueException saying why not: the promise is not being delivered, the line
     *         does not exist, or the day is in the future
     */
    public static void requireMarkable(Promise promise, DeliveryMark mark, LocalDate today) {
        if (!promise.status().tracksMilestones()) {
            throw new InvalidValueException("status", "deliveries are recorded once the promise is agreed and while"
                    + " it is delivered; its status is " + promise.status().label());
        }
        if (mark.kind().aboutALine() && mark.line() >= promise.lines().size()) {
            throw new InvalidValueException("line", "the promise has " + promise.lines().size()
                    + (promise.lines().size() == 1 ? " line" : " lines") + " (numbered from 1); there is no line " + (mark.line() + 1));
        }
        if (mark.on().isAfter(today)) {
            throw new InvalidValueException("on", mark.on() + " is in the future; record what has happened, on the day it did");
        }
    }

    public List<LineDelivery> lines() {
        return lines;
    }

    public Optional<DeliveryMark> withdrawal() {
        return withdrawal;
    }

    /** The status the marks lead to; a promise not agreed yet keeps its own. */
    public PromiseStatus status() {
        if (promise.status().beforeAgreement()) {
            return promise.status();
        }
        if (withdrawal.isPresent() || promise.status() == PromiseStatus.WITHDRAWN) {
            return PromiseStatus.WITHDRAWN;
        }
        boolean allResolved = !lines.isEmpty() && lines.stream().noneMatch(LineDelivery::open);
        if (allResolved) {
            return lines.stream().anyMatch(l -> l.late() || l.cancelled()) ? PromiseStatus.BROKEN : PromiseStatus.KEPT;
        }
        boolean started = milestoneDone || lines.stream().anyMatch(l -> !l.open());
        return started ? PromiseStatus.IN_DELIVERY : PromiseStatus.AGREED;
    }

    /** The outcome once the promise is over (KEPT, BROKEN, WITHDRAWN); empty while it is still being kept. */
    public Optional<Outcome> outcome() {
        return switch (status()) {
            case KEPT -> Optional.of(Outcome.KEPT_ON_TIME);
            case WITHDRAWN -> Optional.of(Outcome.WITHDRAWN);
            case BROKEN -> Optional.of(lines.stream().anyMatch(LineDelivery::cancelled) ? Outcome.BROKEN : Outcome.LATE);
            default -> Optional.empty();
        };
    }

    /** The promise in the status its marks lead to (itself when unchanged). */
    public Promise promiseNow() {
        PromiseStatus now = status();
        return now == promise.status() ? promise : promise.withStatus(now);
    }
}
