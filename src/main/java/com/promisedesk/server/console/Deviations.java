package com.promisedesk.server.console;

import com.promisedesk.check.BusinessCalendar;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Term;
import com.promisedesk.sync.wire.RequestedLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How far a requested line is from what the catalog stands behind, in numbers an approver
 * weighs: "lead time 7 business days instead of 15", "First response 2 h instead of 4 h",
 * "quantity 2,500 instead of at most 2,000". Worked out from the line as the request carries
 * it and the latest published catalog; the lead time also needs the day judging starts from
 * (the later of the promise's start and the day of the request, as the rep's checker counted).
 * A deviation the catalog alone cannot show (the team's weekly capacity) is left to the
 * checker's reasons.
 */
public final class Deviations {

    /** Business days are counted at most this far (ten years): a date beyond is simply far. */
    private static final int MAX_DAYS = 3_660;

    private Deviations() {
    }

    /**
     * @param judgedFrom the first day the lead time counts from; null when the central store does not hold the promise
     */
    public static List<String> of(RequestedLine line, Catalog catalog, LocalDate judgedFrom) {
        List<String> found = new ArrayList<>();
        if (line.bespoke() != null) {
            found.add("a bespoke item: not in the catalog, so nothing is standard about it");
            return found;
        }
        if (catalog == null) {
            return found;
        }
        Capability capability = catalog.capability(line.capability()).orElse(null);
        if (capability == null) {
            found.add(line.capability() + " is not in the published catalog");
            return found;
        }
        if (capability.hasLeadTime() && line.date() != null && judgedFrom != null) {
            int days = businessDays(new BusinessCalendar(catalog.calendar()), judgedFrom, line.date());
            if (days < capability.leadTime().standard()) {
                found.add("lead time " + days + " business " + (days == 1 ? "day" : "days") + " instead of "
                        + capability.leadTime().standard());
            }
        }
        if (capability.maxQuantity() != null && line.quantity() > capability.maxQuantity().standard()) {
            found.add(String.format(java.util.Locale.ENGLISH, "quantity %,d instead of at most %,d", line.quantity(),
                    capability.maxQuantity().standard()));
        }
        for (Map.Entry<String, BigDecimal> promised : new java.util.TreeMap<>(line.terms()).entrySet()) {
            Term term = capability.term(promised.getKey()).orElse(null);
            if (term == null) {
                found.add(promised.getKey() + " " + number(promised.getValue()) + ": a term the catalog does not document"
                        + " for " + capability.code());
            } else if (term.isBetter(promised.getValue(), term.standard())) {
                found.add(term.label() + " " + amount(promised.getValue(), term.unit()) + " instead of "
                        + amount(term.standard(), term.unit()));
            }
        }
        return found;
    }

    /** Business days after {@code from} up to and including {@code to} (0 when {@code to} is not after it). */
    static int businessDays(BusinessCalendar calendar, LocalDate from, LocalDate to) {
        int days = 0;
        LocalDate day = from;
        for (int i = 0; i < MAX_DAYS && day.isBefore(to); i++) {
            day = day.plusDays(1);
            if (calendar.isBusinessDay(day)) {
                days++;
            }
        }
        return days;
    }

    private static String amount(BigDecimal value, String unit) {
        return unit == null ? number(value) : number(value) + " " + unit;
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
