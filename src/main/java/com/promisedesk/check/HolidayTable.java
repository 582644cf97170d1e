package com.promisedesk.check;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The public holidays of every country the holiday library knows, for the days of
 * {@value #FIRST_YEAR} to {@value #LAST_YEAR}, as the bundled table {@value #RESOURCE} lists them.
 * Asking the library itself loads its XML binding (about 600 classes, kept for the whole
 * session) at every start, as the checker asks for this year's holidays at once; the table
 * answers the same. {@code HolidayTableTest} rebuilds it from the library and fails when they
 * differ (a new library version, a new year range).
 *
 * <p>One line per country: {@code DE 0101 0501 | 2020 0410 0413 | 2021 0402 …}: the days
 * ({@code MMDD}) that are holidays in every year of the range, then each year's other holidays;
 * a country without public holidays (Antarctica) has an empty line.
 */
final class HolidayTable {

    static final int FIRST_YEAR = 2020;
    static final int LAST_YEAR = 2040;
    /** A properties file, so that reading it needs nothing beyond java.util (PlainJavaTest). */
    static final String RESOURCE = "public-holidays.properties";
    private static final String BUNDLE = "com.promisedesk.check.public-holidays";

    /** The table has no translations, and is not kept once each country's line is read (it is ~190 KB of text). */
    private static final ResourceBundle.Control READ_ONCE = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return List.of(Locale.ROOT);
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public long getTimeToLive(String baseName, Locale locale) {
            return TTL_DONT_CACHE;
        }
    };

    /** Each country's line, read once: a checker is made per catalog, per summary and per Today. */
    private static final ConcurrentMap<String, Optional<Set<LocalDate>>> READ = new ConcurrentHashMap<>();

    private HolidayTable() {
    }

    /** Whether the table answers for {@code day}. */
    static boolean covers(LocalDate day) {
        return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
    }

    /** The holidays of {@code country} (ISO code) in the table's years, or null when the table does not list it. */
    static Set<LocalDate> of(String country) {
        return READ.computeIfAbsent(country, c -> Optional.ofNullable(read(c))).orElse(null);
    }

    private static Set<LocalDate> read(String country) {
        ResourceBundle table = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, READ_ONCE);
        return table.containsKey(country) ? parse(table.getString(country)) : null;
    }

    private static Set<LocalDate> parse(String rest) {
        String[] groups = rest.split("\\|", -1);
        Set<LocalDate> days = new HashSet<>();
        for (String every : words(groups[0])) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                days.add(monthDay(every).atYear(year));
            }
        }
        for (int i = 1; i < groups.length; i++) {
            String[] words = words(groups[i]);
            int year = Integer.parseInt(words[0]);
            for (int j = 1; j < words.length; j++) {
                days.add(monthDay(words[j]).atYear(year));
            }
        }
        return Set.copyOf(days);
    }

    private static String[] words(String group) {
        String trimmed = group.trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split(" ");
    }

    private static MonthDay monthDay(String mmdd) {
        return MonthDay.of(Integer.parseInt(mmdd.substring(0, 2)), Integer.parseInt(mmdd.substring(2)));
    }
}
