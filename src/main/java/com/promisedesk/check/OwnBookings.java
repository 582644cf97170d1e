package com.promisedesk.check;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Promise;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the rep's own promises book, promise by promise, per capability and ISO week (rule 6).
 * The central store's bookings are the other reps' only, and a promise being judged counts
 * its own lines itself; so without these, two of the rep's promises could each fill the same
 * week and both be judged standard. A withdrawn or broken promise books nothing; a line
 * without a date books its standard date (the central store does the same with the catalog
 * published latest when the promise was pushed); a code the catalog does not know books nothing.
 */
public final class OwnBookings {

    private final Map<UUID, Map<TeamBookings.Key, Integer>> byPromise;
    private final Map<TeamBookings.Key, Integer> total;
    /** Dates the lines of a promise being judged; {@code null} when nothing is booked. */
    private final PromiseChecker checker;

    private OwnBookings(Map<UUID, Map<TeamBookings.Key, Integer>> byPromise, PromiseChecker checker) {
        this.byPromise = byPromise;
        this.checker = checker;
        this.total = new HashMap<>();
        byPromise.values().forEach(booked -> booked.forEach((key, units) -> total.merge(key, units, OwnBookings::plus)));
    }

    /** Units summed, capped at what an int holds: a week that full is over capacity either way, never negative. */
    static int plus(int a, int b) {
        return (int) Math.min(Integer.MAX_VALUE, (long) a + b);
    }

    public static OwnBookings none() {
        return new OwnBookings(Map.of(), null);
    }

    /** What {@code promises} book, their undated lines dated by {@code checker}'s catalog. */
    public static OwnBookings of(Collection<Promise> promises, PromiseChecker checker) {
        Map<UUID, Map<TeamBookings.Key, Integer>> byPromise = new HashMap<>();
        for (Promise promise : promises) {
            if (!promise.status().booksCapacity()) {
                continue;
            }
            List<LocalDate> dates = checker.promisedDates(promise);
            Map<TeamBookings.Key, Integer> booked = new HashMap<>();
            for (int i = 0; i < dates.size(); i++) {
                CommitmentLine line = promise.lines().get(i);
                if (dates.get(i) != null) {
                    booked.merge(TeamBookings.Key.of(line.capability(), dates.get(i)), line.quantity(), OwnBookings::plus);
                }
            }
            if (!booked.isEmpty()) {
                byPromise.put(promise.id(), Map.copyOf(booked));
            }
        }
        return new OwnBookings(Map.copyOf(byPromise), checker);
    }

    /**
     * What everything but {@code promise} books in the weeks its lines fall in: {@code team}
     * (the other reps) plus the rep's other promises. The promise itself is left out: its
     * check counts its lines as they are now. Only those weeks are worked out, so judging a
     * promise costs its lines, not every booking of the team (it runs on every keystroke).
     */
    public TeamBookings around(Promise promise, TeamBookings team) {
        if (checker == null) {
            return team;
        }
        Map<TeamBookings.Key, Integer> mine = byPromise.getOrDefault(promise.id(), Map.of());
        Map<TeamBookings.Key, Integer> booked = new HashMap<>();
        List<LocalDate> dates = checker.promisedDates(promise);
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i) == null) {
                continue;
            }
            TeamBookings.Key key = TeamBookings.Key.of(promise.lines().get(i).capability(), dates.get(i));
            long sum = (long) team.booked().getOrDefault(key, 0) + total.getOrDefault(key, 0) - mine.getOrDefault(key, 0);
            int units = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, sum));
            if (units != 0) {
                booked.put(key, units);
            }
        }
        return new TeamBookings(booked);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OwnBookings o && byPromise.equals(o.byPromise);
    }

    @Override
    public int hashCode() {
        return byPromise.hashCode();
    }

    @Override
    public String toString() {
        return "OwnBookings" + byPromise;
    }
}
