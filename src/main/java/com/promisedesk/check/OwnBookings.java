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
 * without a date books its standard date, as the central store books it.
 */
public final class OwnBookings {

    private final Map<UUID, Map<TeamBookings.Key, Integer>> byPromise;
    private final Map<TeamBookings.Key, Integer> total;

    private OwnBookings(Map<UUID, Map<TeamBookings.Key, Integer>> byPromise) {
        this.byPromise = byPromise;
        this.total = new HashMap<>();
        byPromise.values().forEach(booked -> booked.forEach((key, units) -> total.merge(key, units, Integer::sum)));
    }

    public static OwnBookings none() {
        return new OwnBookings(Map.of());
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
                    booked.merge(TeamBookings.Key.of(line.capability(), dates.get(i)), line.quantity(), Integer::sum);
                }
            }
            if (!booked.isEmpty()) {
                byPromise.put(promise.id(), Map.copyOf(booked));
            }
        }
        return new OwnBookings(Map.copyOf(byPromise));
    }

    /**
     * What everything but the promise {@code promiseId} books: {@code team} (the other reps)
     * plus the rep's other promises. The promise itself is left out: its check counts its
     * lines as they are now.
     */
    public TeamBookings around(UUID promiseId, TeamBookings team) {
        Map<TeamBookings.Key, Integer> booked = new HashMap<>(team.booked());
        total.forEach((key, units) -> booked.merge(key, units, Integer::sum));
        byPromise.getOrDefault(promiseId, Map.of()).forEach((key, units) -> booked.merge(key, -units, Integer::sum));
        booked.values().removeIf(units -> units == 0);
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
