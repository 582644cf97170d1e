package com.promisedesk.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How reasons name dates, day counts and numbers, so every rule, screen and printout reads the same aloud. */
public final class Wording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private Wording() {
    }

    /** e.g. "Tue 15 Dec 2026". */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    static String businessDays(int n) {
        return n == 1 ? "1 business day" : n + " business days";
    }

    static String units(int n) {
        return n == 1 ? "1 unit" : n + " units";
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String amount(BigDecimal value, String unit) {
        return unit == null ? number(value) : number(value) + " " + unit;
    }
}
