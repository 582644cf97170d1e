package com.promisedesk.check;

import com.promisedesk.domain.Capability;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The checker's words, in one place: how reasons name dates, day counts and numbers, what a
 * line promises and how an expectation stands, so every rule, screen and printout reads the same aloud.
 */
public final class Wording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private Wording() {
    }

    /** e.g. "Tue 15 Dec 2026". */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** e.g. "1 conflict", "3 conflicts". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The lines at {@code positions} (counted from 0) as a rep counts them: "line 3", "lines 2, 5". */
    public static String lineNumbers(List<Integer> positions) {
        return (positions.size() == 1 ? "line " : "lines ")
                + positions.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", "));
    }

    static String businessDays(int n) {
        return count(n, "business day", "business days");
    }

    static String units(int n) {
        return count(n, "unit", "units");
    }

    /** A promised level of a term as the customer reads it: "First response: 4 h". */
    public static String term(Term term, BigDecimal value) {
        return term.label() + ": " + amount(value, term.unit());
    }

    /** How an expectation stands, in the words the rep reads on every screen. */
    public static String status(ExpectationStatus status) {
        return switch (status) {
            case OPEN -> "Not read back yet";
            case CONFIRMED -> "Confirmed";
            case CLARIFIED -> "Clarified";
            case NOT_MET -> "Not met";
        };
    }

    /** The bespoke text, the capability's name, or its code when the catalog does not have it ("X (not in the catalog)"). */
    public static String what(CommitmentLine line, Catalog catalog) {
        if (line.isBespoke()) {
            return line.bespoke();
        }
        return catalog.capability(line.capability()).map(Capability::name)
                .orElse(line.capability() + " (not in the catalog)");
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String amount(BigDecimal value, String unit) {
        return unit == null ? number(value) : number(value) + " " + unit;
    }
}
