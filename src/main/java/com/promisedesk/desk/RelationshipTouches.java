package com.promisedesk.desk;

import com.promisedesk.check.Wording;
import com.promisedesk.store.TodayRepository.AgreedDay;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The relationship touches of a day: thank a customer for a promise agreed in the last days,
 * welcome a repeat customer (a second agreed promise or more), and mark the anniversary of a
 * customer's first agreed promise. Reminders for the rep; never printed as promises.
 */
final class RelationshipTouches {

    /** A promise agreed this many days ago or less still deserves a thank-you. */
    static final int RECENT_DAYS = 7;

    private RelationshipTouches() {
    }

    /** @param promises every promise agreed and not withdrawn ({@code TodayRepository.agreedDays()}), oldest first */
    static List<Today.Touch> of(List<AgreedDay> promises, LocalDate day, LocalDate weekEnd) {
        Map<String, List<AgreedDay>> byCustomer = new LinkedHashMap<>();
        promises.stream()
                .sorted(Comparator.comparing(AgreedDay::agreedOn))
                .forEach(p -> byCustomer.computeIfAbsent(p.customer().strip().toLowerCase(Locale.ROOT),
                        name -> new ArrayList<>()).add(p));
        LocalDate recent = day.minusDays(RECENT_DAYS);
        LocalDate weekStart = weekEnd.minusDays(6);
        List<Today.Touch> touches = new ArrayList<>();
        for (List<AgreedDay> agreed : byCustomer.values()) {
            AgreedDay first = agreed.get(0);
            for (int i = 0; i < agreed.size(); i++) {
                AgreedDay promise = agreed.get(i);
                if (promise.agreedOn().isAfter(recent) && !promise.agreedOn().isAfter(day)) {
                    touches.add(new Today.Touch(Today.TouchKind.THANK_YOU, promise.promiseId(), promise.customer(),
                            "Thank " + promise.customer() + " for agreeing \"" + promise.title() + "\" on "
                                    + Wording.date(promise.agreedOn()), promise.agreedOn()));
                    if (i > 0) {
                        touches.add(new Today.Touch(Today.TouchKind.REPEAT_CUSTOMER, promise.promiseId(),
                                promise.customer(), promise.customer() + " came back: \""
                                + promise.title() + "\" is their agreed promise number " + (i + 1) + " (the first, \""
                                + first.title() + "\", on " + Wording.date(first.agreedOn()) + ")", promise.agreedOn()));
                    }
                }
            }
            long years = ChronoUnit.YEARS.between(first.agreedOn(), weekEnd);
            LocalDate anniversary = first.agreedOn().plusYears(years);
            if (years >= 1 && !anniversary.isBefore(weekStart)) {
                touches.add(new Today.Touch(Today.TouchKind.ANNIVERSARY, first.promiseId(), first.customer(),
                        Wording.count(years, "year", "years") + " on " + Wording.date(anniversary) + " since "
                                + first.customer() + " agreed their first promise with us, \"" + first.title() + "\"",
                        anniversary));
            }
        }
        touches.sort(Comparator.comparing(Today.Touch::day));
        return touches;
    }
}
