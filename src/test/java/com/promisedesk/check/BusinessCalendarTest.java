package com.promisedesk.check;

import static com.promisedesk.check.PromiseMaker.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.domain.CatalogCalendar;
import com.promisedesk.domain.InvalidValueException;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

    private static final BusinessCalendar GERMANY = new BusinessCalendar(
            new CatalogCalendar("DE", Set.of(day("2026-12-24"), day("2026-12-31"))));
    private static final BusinessCalendar WEEKDAYS = new BusinessCalendar(CatalogCalendar.weekdaysOnly());

    @ParameterizedTest(name = "{0} is a business day in Germany: {1}")
    @CsvSource({
            "2026-11-23, true",   // Monday
            "2026-11-28, false",  // Saturday
            "2026-04-03, false",  // Good Friday
            "2026-12-24, false",  // closed
            "2026-12-25, false",  // Christmas
            "2026-12-28, true",
            "2026-10-02, true",   // Friday before German Unity Day
            "2026-10-05, true",   // Unity Day fell on a Saturday: no day off on Monday
            "2028-02-29, true",   // leap day, a Tuesday
            "2027-01-01, false"})
    void knowsBusinessDays(LocalDate day, boolean business) {
        assertThat(GERMANY.isBusinessDay(day)).isEqualTo(business);
    }

    @ParameterizedTest(name = "add({0}, {1}) = {2}")
    @CsvSource({
            "2026-11-23, 15, 2026-12-14",
            "2026-11-23, 0, 2026-11-23",
            "2026-11-28, 0, 2026-11-30",  // Saturday: the next business day
            "2026-11-28, 1, 2026-11-30",
            "2026-12-23, 1, 2026-12-28",  // over the closure and Christmas
            "2026-12-30, 1, 2027-01-04",  // over the year end: 31 closed, 1 Jan holiday, weekend
            "2026-12-21, 5, 2026-12-30",
            "2028-02-28, 1, 2028-02-29",
            "2028-02-29, 1, 2028-03-01",
            "2026-10-02, 1, 2026-10-05"})
    void addsBusinessDays(LocalDate day, int n, LocalDate expected) {
        assertThat(GERMANY.add(day, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "sub({0}, {1}) = {2}")
    @CsvSource({
            "2026-12-14, 15, 2026-11-23",
            "2026-11-29, 0, 2026-11-27",  // Sunday: the business day before
            "2027-01-04, 1, 2026-12-30",
            "2026-12-28, 1, 2026-12-23",
            "2028-03-01, 1, 2028-02-29"})
    void subtractsBusinessDays(LocalDate day, int n, LocalDate expected) {
        assertThat(GERMANY.sub(day, n)).isEqualTo(expected);
    }

    @Test
    void countsOnlyWeekdaysWithoutACountry() {
        assertThat(WEEKDAYS.add(day("2026-12-21"), 5)).isEqualTo(day("2026-12-28"));
        assertThat(WEEKDAYS.isBusinessDay(day("2026-12-25"))).isTrue();
    }

    @Test
    void skipsALongClosure() {
        LocalDate first = day("2026-12-21");
        BusinessCalendar calendar = new BusinessCalendar(new CatalogCalendar(null,
                Stream.iterate(first, d -> d.plusDays(1)).limit(19).collect(java.util.stream.Collectors.toSet())));
        assertThat(calendar.add(day("2026-12-18"), 1)).isEqualTo(day("2027-01-11"));
        assertThat(calendar.sub(day("2027-01-11"), 1)).isEqualTo(day("2026-12-18"));
        assertThat(calendar.onOrAfter(day("2026-12-25"))).isEqualTo(day("2027-01-11"));
    }

    @Test
    void refusesACountryWithoutHolidays() {
        assertThatThrownBy(() -> new BusinessCalendar(new CatalogCalendar("XX", Set.of())))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("calendar.country").hasMessageContaining("XX");
    }

    @Test
    void addAndSubUndoEachOtherOnBusinessDays() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            LocalDate any = day("2026-01-01").plusDays(random.nextInt(3 * 366));
            int n = random.nextInt(40);
            LocalDate business = GERMANY.onOrAfter(any);
            LocalDate later = GERMANY.add(any, n);
            String why = "seed " + seed + ", day " + any + ", n " + n;
            assertThat(GERMANY.isBusinessDay(later)).as(why).isTrue();
            assertThat(GERMANY.sub(GERMANY.add(business, n), n)).as(why).isEqualTo(business);
            assertThat(GERMANY.add(GERMANY.sub(business, n), n)).as(why).isEqualTo(business);
            assertThat(GERMANY.add(business, n + 1)).as(why).isAfter(GERMANY.add(business, n));
            assertThat(GERMANY.add(any, n + 1)).as(why).isAfterOrEqualTo(later);
            assertThat(GERMANY.sub(any, n)).as(why).isBeforeOrEqualTo(any);
        }
    }
}
