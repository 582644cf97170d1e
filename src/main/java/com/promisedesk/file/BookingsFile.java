package com.promisedesk.file;

import com.promisedesk.check.TeamBookings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the team has booked, as a small CSV that stands in for what a sync reports:
 * {@code capability,week,quantity} per line, the week as an ISO week ({@code 2026-W50}).
 * A header line, blank lines and {@code #} comments are allowed; rows of the same
 * capability and week add up.
 */
public final class BookingsFile {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final String HEADER = "capability,week,quantity";

    private BookingsFile() {
    }

    public static TeamBookings read(Path file) throws BadFileException {
        return parse(FileText.read(file), file.toString());
    }

    public static TeamBookings parse(String text, String fileName) throws BadFileException {
        Map<TeamBookings.Key, Integer> booked = new HashMap<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.replace(" ", "").equalsIgnoreCase(HEADER)) {
                continue;
            }
            booked.merge(key(line, fileName, i + 1), quantity(line, fileName, i + 1),
                    // Rows of one week add up; capped, never wrapped into a negative.
                    (a, b) -> (int) Math.min(Integer.MAX_VALUE, (long) a + b));
        }
        return new TeamBookings(booked);
    }

    private static String[] cells(String line, String file, int number) throws BadFileException {
        String[] cells = line.split(",", -1);
        if (cells.length != 3) {
            throw new BadFileException(file, number, 0, "",
                    "expected three fields \"" + HEADER + "\", found " + cells.length);
        }
        return cells;
    }

    private static TeamBookings.Key key(String line, String file, int number) throws BadFileException {
        String[] cells = cells(line, file, number);
        String code = cells[0].strip();
        if (code.isEmpty()) {
            throw new BadFileException(file, number, 0, "capability", "must name a capability code");
        }
        Matcher week = WEEK.matcher(cells[1].strip());
        if (!week.matches()) {
            throw new BadFileException(file, number, 0, "week",
                    "must be an ISO week such as 2026-W50, was \"" + cells[1].strip() + "\"");
        }
        int year = Integer.parseInt(week.group(1));
        int weekNumber = Integer.parseInt(week.group(2));
        long weeksInYear = LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (weekNumber < 1 || weekNumber > weeksInYear) {
            throw new BadFileException(file, number, 0, "week",
                    year + " has ISO weeks 1 to " + weeksInYear + ", not " + weekNumber);
        }
        return new TeamBookings.Key(code, year, weekNumber);
    }

    private static int quantity(String line, String file, int number) throws BadFileException {
        String text = cells(line, file, number)[2].strip();
        int quantity;
        try {
            quantity = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadFileException(file, number, 0, "quantity", "must be a whole number, was \"" + text + "\"");
        }
        if (quantity < 0) {
            throw new BadFileException(file, number, 0, "quantity", "must not be negative, was " + quantity);
        }
        return quantity;
    }
}
