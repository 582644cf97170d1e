package com.promisedesk.desk;

import com.promisedesk.check.Wording;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
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

    static List<Today.Touch> of(List<Promise> promises, LocalDate day, LocalDate weekEnd) {
        Map<String, List<Promise>> byCustomer = new LinkedHashMap<>();
        promises.stream()
                .filter(p -> p.agreedOn() != null && p.status() != PromiseStatus.WITHDRAWN)
                .sorted(Comparator.comparing(Promise::agreedOn))
                .forEach(p -> byCustomer.computeIfAbsent(p.customer().name().strip().toLowerCase(Locale.ROOT),
                        name -> new ArrayList<>()).add(p));
        LocalDate recent = day.minusDays(RECENT_DAYS);
        LocalDate weekStart = weekEnd.minusDays(6);
        List<Today.Touch> touches = new ArrayList<>();
        for (List<Promise> agreed : byCustomer.values()) {
            Promise first = agreed.get(0);
            for (int i = 0; i < agreed.size(); i++) {
                Promise promise = agreed.get(i);
                if (promise.agreedOn().isAfter(recent) && !promise.agreedOn().isAfter(day)) {
                    touches.add(new Today.Touch(Today.TouchKind.THANK_YOU, promise.id(), promise.customer().name(),
                            "Thank " + promise.customer().name() + " for agreeing \"" + promise.title() + "\" on "
                                    + Wording.date(promise.agreedOn()), promise.agreedOn()));
                    if (i > 0) {
                        touches.add(new Today.Touch(Today.TouchKind.REPEAT_CUSTOMER, promise.id(),
                                promise.customer().name(), promise.customer().name() + " came back: \""
                                + promise.title() + "\" is their agreed promise number " + (i + 1) + " (the first, \""
                                + first.title() + "\", on " + Wording.date(first.agreedOn()) + ")", promise.agreedOn()));
                    }
                }
            }
            long years = ChronoUnit.YEARS.between(first.agreedOn(), weekEnd);
            LocalDate anniversary = first.agreedOn().plusYears(years);
            if (years >= 1 && !anniversary.isBefore(weekStart)) {
                touches.add(new Today.Touch(Today.TouchKind.ANNIVERSARY, first.id(), first.customer().name(),
                        Wording.count(years, "year", "years") + " on " + Wording.date(anniversary) + " since "
                                + first.customer().name() + " agreed their first promise with us, \"" + first.title() + "\"",
                        anniversary));
            }
        }
        touches.sort(Comparator.comparing(Today.Touch::day));
        return touches;
    }
}
