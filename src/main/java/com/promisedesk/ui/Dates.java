package com.promisedesk.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the app writes a date for a person: "Tue 15 Dec 2026". */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
