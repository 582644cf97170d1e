package com.promisedesk.check;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;

/**
 * What the last sync said the team has booked: units per capability and ISO week,
 * summed over all reps (never another rep's customers).
 */
public record TeamBookings(Map<Key, Integer> booked) {

    public TeamBookings {
        booked = booked == null ? Map.of() : Map.copyOf(booked);
    }

    public static TeamBookings none() {
        return new TeamBookings(Map.of());
    }

    /** Units of {@code capability} the team has booked in the ISO week of {@code day}. */
    public int booked(String capability, LocalDate day) {
        return booked.getOrDefault(Key.of(capability, day), 0);
    }

    /** A capability in one ISO week (week-based year and week number). */
    public record Key(String capability, int isoYear, int isoWeek) {

        public static Key of(String capability, LocalDate day) {
            return new Key(capability, day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
    }
}
