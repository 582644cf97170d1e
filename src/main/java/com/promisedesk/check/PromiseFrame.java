package com.promisedesk.check;

import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.RequirementCycles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every line's check needs to know about the whole promise, worked out once per
 * check so that no rule scans all lines: each line's capability and dates, the earliest
 * date of each capability in the promise, and this promise's units per capability and week.
 * Not a record: its lines point back at it, and a record's equals and toString would loop.
 */
final class PromiseFrame {

    private final Promise promise;
    private final LocalDate today;
    private final LocalDate start;
    private final Catalog catalog;
    private final BusinessCalendar calendar;
    private final TeamBookings bookings;
    private final RequirementCycles cycles;
    private final List<LineContext> lines;
    private final Map<String, LocalDate> earliestByCapability;
    private final Map<TeamBookings.Key, Integer> ownUnits;

    private PromiseFrame(Promise promise, LocalDate today, Catalog catalog, BusinessCalendar calendar,
                         TeamBookings bookings, RequirementCycles cycles, List<LineContext> lines,
                         Map<String, LocalDate> earliestByCapability, Map<TeamBookings.Key, Integer> ownUnits) {
        this.promise = promise;
        this.today = today;
        // S: nothing can start in the past.
        this.start = today.isAfter(promise.start()) ? today : promise.start(); // as PromiseChecker.startAsOf
        this.catalog = catalog;
        this.calendar = calendar;
        this.bookings = bookings;
        this.cycles = cycles;
        this.lines = lines;
        this.earliestByCapability = earliestByCapability;
        this.ownUnits = ownUnits;
    }

    /** @param today T, the day the promise is judged as of ({@link PromiseChecker#judgedAsOf}) */
    static PromiseFrame of(Promise promise, LocalDate today, Catalog catalog, BusinessCalendar calendar,
                           TeamBookings bookings, RequirementCycles cycles) {
        List<LineContext> contexts = new ArrayList<>(promise.lines().size());
        Map<String, LocalDate> earliest = new HashMap<>();
        Map<TeamBookings.Key, Integer> units = new HashMap<>();
        PromiseFrame frame = new PromiseFrame(promise, today, catalog, calendar, bookings, cycles, contexts,
                earliest, units);
        for (int i = 0; i < promise.lines().size(); i++) {
            CommitmentLine line = promise.lines().get(i);
            Optional<Capability> capability = line.isBespoke() ? Optional.empty() : catalog.capability(line.capability());
            if (capability.isEmpty()) {
                contexts.add(null);
                continue;
            }
            LocalDate standardDate = standardDate(capability.get(), frame.start, calendar);
            LocalDate date = line.date() == null ? standardDate : line.date();
            contexts.add(new LineContext(i, line, capability.get(), date, line.date() != null, standardDate, frame));
            earliest.merge(line.capability(), date, (a, b) -> a.isBefore(b) ? a : b);
            units.merge(TeamBookings.Key.of(line.capability(), date), line.quantity(), Integer::sum);
        }
        return frame;
    }

    /**
     * E of rule 3: the standard lead time from S, and for a planned capability no earlier than it is available.
     * Without a lead time, E is the first business day on or after S ({@code add(S, 0)}).
     */
    static LocalDate standardDate(Capability capability, LocalDate start, BusinessCalendar calendar) {
        LocalDate byLeadTime = calendar.add(start, capability.hasLeadTime() ? capability.leadTime().standard() : 0);
        if (capability.status() != CapabilityStatus.PLANNED) {
            return byLeadTime;
        }
        LocalDate available = calendar.onOrAfter(capability.availableFrom());
        return available.isAfter(byLeadTime) ? available : byLeadTime;
    }

    Promise promise() {
        return promise;
    }

    /** T: the day the promise is judged as of. */
    LocalDate today() {
        return today;
    }

    /** S: the later of the promise's start and T. */
    LocalDate start() {
        return start;
    }

    /**
     * Why {@code date}, before S, cannot be met: it has passed (before T), or it is before the
     * promise starts. Ends without a full stop, so a caller can go on.
     */
    String tooEarly(LocalDate date) {
        return date.isBefore(today)
                ? Wording.date(date) + ": that date has passed (today is " + Wording.date(today) + ")"
                : Wording.date(date) + " is before the promise starts on " + Wording.date(promise.start());
    }

    /** S in words, for "which is before …": today, or the promise's start. */
    String startWords() {
        return start.equals(promise.start()) ? "the promise starts on " + Wording.date(start)
                : "today, " + Wording.date(start);
    }

    BusinessCalendar calendar() {
        return calendar;
    }

    TeamBookings bookings() {
        return bookings;
    }

    RequirementCycles cycles() {
        return cycles;
    }

    /** One entry per line of the promise; {@code null} for a bespoke line or an unknown code. */
    List<LineContext> lines() {
        return lines;
    }

    /** The catalog line at {@code index}, or {@code null} for a bespoke line or an unknown code. */
    LineContext line(int index) {
        return lines.get(index);
    }

    Optional<LocalDate> earliestDateOf(String capability) {
        return Optional.ofNullable(earliestByCapability.get(capability));
    }

    int ownUnits(String capability, LocalDate day) {
        return ownUnits.getOrDefault(TeamBookings.Key.of(capability, day), 0);
    }

    String nameOf(String capability) {
        return catalog.capability(capability).map(Capability::name).orElse(capability);
    }
}
