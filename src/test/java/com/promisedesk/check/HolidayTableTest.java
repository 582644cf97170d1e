package com.promisedesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CatalogCalendar;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The bundled table of public holidays says what the holiday library says, for every
 * country it knows and every day of the table's years; and the checker answers from it
 * without loading the library.
 */
class HolidayTableTest {

    private static final String HEADER = "# The public holidays of every country the holiday library (jollyday) knows, by day,"
            + " for the years of HolidayTable.\n# Written by HolidayTableTest from the library: do not edit by hand.\n";

    @Test
    void theTableIsWhatTheLibrarySaysForEveryCountryAndDay() throws Exception {
        Map<String, Set<LocalDate>> library = libraryHolidays();
        String expected = library.entrySet().stream().map(e -> line(e.getKey(), e.getValue()))
                .collect(Collectors.joining("\n", HEADER, "\n"));
        String bundled = new String(HolidayTable.class.getResourceAsStream(HolidayTable.RESOURCE).readAllBytes(),
                StandardCharsets.US_ASCII);
        if (!bundled.equals(expected)) {
            Path written = Files.writeString(Path.of("target", HolidayTable.RESOURCE), expected, StandardCharsets.US_ASCII);
            assertThat(bundled).as("the holiday library says otherwise: copy %s over"
                    + " src/main/resources/com/promisedesk/check/%s", written, HolidayTable.RESOURCE).isEqualTo(expected);
        }
        library.forEach((country, days) -> assertThat(HolidayTable.of(country)).as(country).isEqualTo(days));
        assertThat(library).as("countries the library knows").hasSizeGreaterThan(200).containsKeys("DE", "US", "FR", "JP");
    }

    @Test
    void aCountryTheLibraryDoesNotKnowIsNotInTheTable() {
        assertThat(HolidayTable.of("XX")).isNull();
        assertThat(HolidayTable.of("QQ")).isNull();
    }

    @Test
    void daysOutsideTheTablesYearsAreAskedOfTheLibrary() {
        BusinessCalendar us = new BusinessCalendar(new CatalogCalendar("US", Set.of()));
        Set<LocalDate> observed = new TreeSet<>();
        for (int year : List.of(HolidayTable.FIRST_YEAR - 1, HolidayTable.LAST_YEAR + 1, 2050)) {
            observed.addAll(publicHolidays(HolidayManager.getInstance(ManagerParameters.create("US")), year));
        }
        assertThat(observed).isNotEmpty().allSatisfy(day -> assertThat(us.isBusinessDay(day)).as(day.toString())
                .isEqualTo(false));
        // 4 July 2043 is a Saturday, observed on Friday the 3rd.
        assertThat(us.isBusinessDay(LocalDate.of(2043, 7, 3))).isFalse();
        assertThat(us.isBusinessDay(LocalDate.of(2043, 7, 6))).isTrue();
    }

    @Test
    void aCheckerAskingAboutTheTablesYearsLoadsNoHolidayLibraryAskingOutsideThemDoes() throws Exception {
        assertThat(holidayLibraryClassesLoadedAsking("2026-12-25")).as("a day in the table's years").isZero();
        assertThat(holidayLibraryClassesLoadedAsking("2050-12-26")).as("a day after them").isGreaterThan(100);
    }

    /** Asks in a JVM of its own whether {@code day} is a business day in Germany; counts the library's and XML binding's classes. */
    private static long holidayLibraryClassesLoadedAsking(String day) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"),
                AskGermany.class.getName(), day)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines;
        try (var out = child.inputReader()) {
            lines = out.lines().toList();
        }
        assertThat(child.waitFor()).isZero();
        assertThat(lines).as("the child's answer").contains("holiday");
        return lines.stream().filter(line -> line.contains(" de.focus_shift.") || line.contains(" jakarta.xml.bind.")
                || line.contains(" org.glassfish.jaxb.")).count();
    }

    /** The child: whether the day it is given is a business day in Germany. */
    public static final class AskGermany {
        public static void main(String[] args) {
            boolean business = new BusinessCalendar(new CatalogCalendar("DE", Set.of())).isBusinessDay(LocalDate.parse(args[0]));
            System.out.println(business ? "business day" : "holiday"); // the parent reads it
        }
    }

    /** Every country code from AA to ZZ the library knows, with its holidays on the table's days. */
    private static Map<String, Set<LocalDate>> libraryHolidays() {
        Map<String, Set<LocalDate>> countries = new LinkedHashMap<>();
        for (char first = 'A'; first <= 'Z'; first++) {
            for (char second = 'A'; second <= 'Z'; second++) {
                String code = "" + first + second;
                HolidayManager manager;
                try {
                    manager = HolidayManager.getInstance(ManagerParameters.create(code));
                } catch (RuntimeException unknown) {
                    continue;
                }
                countries.put(code, holidaysOnTheTablesDays(manager));
            }
        }
        return countries;
    }

    /** The days of the table's years that BusinessCalendar calls holidays when it asks the library year by year. */
    private static Set<LocalDate> holidaysOnTheTablesDays(HolidayManager manager) {
        Map<Integer, Set<LocalDate>> byYear = new LinkedHashMap<>();
        for (int year = HolidayTable.FIRST_YEAR - 1; year <= HolidayTable.LAST_YEAR + 1; year++) {
            byYear.put(year, publicHolidays(manager, year));
        }
        Set<LocalDate> days = new TreeSet<>();
        LocalDate end = LocalDate.of(HolidayTable.LAST_YEAR + 1, 1, 1);
        for (LocalDate day = LocalDate.of(HolidayTable.FIRST_YEAR, 1, 1); day.isBefore(end); day = day.plusDays(1)) {
            int year = day.getYear();
            if (byYear.get(year).contains(day)
                    || (day.getMonth() == Month.DECEMBER && byYear.get(year + 1).contains(day))
                    || (day.getMonth() == Month.JANUARY && byYear.get(year - 1).contains(day))) {
                days.add(day);
            }
        }
        return days;
    }

    private static Set<LocalDate> publicHolidays(HolidayManager manager, int year) {
        return manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY).stream().map(Holiday::getDate)
                .collect(Collectors.toSet());
    }

    /** {@code DE 0101 0501 | 2020 0410 0413 | …}: the days that are holidays every year, then each year's others. */
    private static String line(String country, Set<LocalDate> days) {
        Set<String> every = new TreeSet<>();
        days.stream().map(HolidayTableTest::mmdd).distinct()
                .filter(mmdd -> IntStream.rangeClosed(HolidayTable.FIRST_YEAR, HolidayTable.LAST_YEAR)
                        .allMatch(year -> days.stream().anyMatch(d -> d.getYear() == year && mmdd(d).equals(mmdd))))
                .forEach(every::add);
        List<String> groups = new ArrayList<>();
        groups.add(String.join(" ", every));
        for (int year = HolidayTable.FIRST_YEAR; year <= HolidayTable.LAST_YEAR; year++) {
            int y = year;
            List<String> others = days.stream().filter(d -> d.getYear() == y).map(HolidayTableTest::mmdd)
                    .filter(mmdd -> !every.contains(mmdd)).sorted().toList();
            if (!others.isEmpty()) {
                groups.add(year + " " + String.join(" ", others));
            }
        }
        return (country + " " + String.join(" | ", groups)).stripTrailing();
    }

    private static String mmdd(LocalDate day) {
        return String.format("%02d%02d", day.getMonthValue(), day.getDayOfMonth());
    }
}
