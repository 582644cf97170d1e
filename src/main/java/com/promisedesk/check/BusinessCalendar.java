package com.promisedesk.check;

import com.promisedesk.domain.CatalogCalendar;
import com.promisedesk.domain.InvalidValueException;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * Business days of a catalog: Monday to Friday, less the calendar country's public
 * holidays and the company's closed days.
 *
 * <p>{@code add(d, n)} / {@code sub(d, n)} count business days strictly after / before
 * {@code d}; with {@code n = 0} they give the first business day on or after / on or
 * before {@code d}. Thread-safe: the holidays of each year are asked of the holiday
 * library once (it is slow) and kept. Days in the years of the bundled {@link HolidayTable}
 * are answered from it, so the library and its XML binding are only loaded for a country
 * the table lacks (to say it is unknown, as before) or a day outside its years.
 */
public final class BusinessCalendar {

    private final Set<LocalDate> closed;
    private final String country;
    /** The country's holidays in the table's years; null without a country or when the table lacks it. */
    private final Set<LocalDate> tabled;
    private volatile HolidayManager holidays;
    private final ConcurrentMap<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    public BusinessCalendar(CatalogCalendar calendar) {
        this.closed = calendar.closed();
        this.country = calendar.country();
        this.tabled = country == null ? null : HolidayTable.of(country);
        if (country != null && tabled == null) {
            this.holidays = holidayManager(country);
        }
    }

    private static HolidayManager holidayManager(String country) {
        try {
            return HolidayManager.getInstance(ManagerParameters.create(country));
        } catch (RuntimeException e) {
            throw new InvalidValueException("calendar.country",
                    "names \"" + country + "\", for which no public holidays are known");
        }
    }

    public boolean isBusinessDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            return false;
        }
        return !closed.contains(day) && !isPublicHoliday(day);
    }

    private boolean isPublicHoliday(LocalDate day) {
        if (country == null) {
            return false;
        }
        if (tabled != null && HolidayTable.covers(day)) {
            return tabled.contains(day);
        }
        int year = day.getYear();
        // An observed holiday can fall into the neighbouring year (a Saturday 1 January observed on 31 December).
        return holidaysOf(year).contains(day)
                || (day.getMonth() == Month.DECEMBER && holidaysOf(year + 1).contains(day))
                || (day.getMonth() == Month.JANUARY && holidaysOf(year - 1).contains(day));
    }

    private Set<LocalDate> holidaysOf(int year) {
        return holidaysByYear.computeIfAbsent(year, y -> library().getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY)
                .stream().map(Holiday::getDate).collect(Collectors.toUnmodifiableSet()));
    }

    /** The library's calendar of the country, made when first needed (a country the table lists is known to it). */
    private HolidayManager library() {
        HolidayManager manager = holidays;
        if (manager == null) {
            synchronized (this) {
                if (holidays == null) {
                    holidays = holidayManager(country);
                }
                manager = holidays;
            }
        }
        return manager;
    }

    /** The n-th business day after {@code day}; {@code n = 0}: the first business day on or after it. */
    public LocalDate add(LocalDate day, int n) {
        if (n < 0) {
            return sub(day, -n);
        }
        if (n == 0) {
            return onOrAfter(day);
        }
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isBusinessDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /** The n-th business day before {@code day}; {@code n = 0}: the last business day on or before it. */
    public LocalDate sub(LocalDate day, int n) {
        if (n < 0) {
            return add(day, -n);
        }
        if (n == 0) {
            return onOrBefore(day);
        }
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.minusDays(1);
            if (isBusinessDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /** The first business day on or after {@code day}. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate current = day;
        while (!isBusinessDay(current)) {
            current = current.plusDays(1);
        }
        return current;
    }

    /** The last business day on or before {@code day}. */
    public LocalDate onOrBefore(LocalDate day) {
        LocalDate current = day;
        while (!isBusinessDay(current)) {
            current = current.minusDays(1);
        }
        return current;
    }
}
