package com.promisedesk.check;

import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.LineDelivery;
import com.promisedesk.domain.Milestone;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Responsibility;
import com.promisedesk.domain.RiskKind;
import com.promisedesk.domain.RiskReason;
import com.promisedesk.domain.Verdict;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Why an agreed promise (AGREED or IN_DELIVERY) is at risk on a day, in words (issue 19, "At
 * risk"; decision 0027): a catalog that judges an open line worse than the catalog the promise
 * was agreed under; a line or a milestone whose day passed undelivered or undone; a customer
 * responsibility overdue, with the lines it moves by rule 7. Pure, like the checker: everything
 * is passed in, nothing is read.
 */
public final class PromiseRisk {

    private PromiseRisk() {
    }

    /** A catalog and the checker built for it. */
    public record Judge(Catalog catalog, PromiseChecker checker) {
    }

    /**
     * @param agreedUnder the catalog the promise was judged under when agreed; null when unknown
     *                    (then no line can be judged worse than it was)
     * @param inUse       the catalog in use now
     * @param lines       each line's promised day and latest delivery mark ({@code PromiseKeeping.lines()})
     * @param milestones  the promise's milestones, in order
     * @param today       the caller's day
     */
    public static List<RiskReason> of(Promise promise, Judge agreedUnder, Judge inUse, List<LineDelivery> lines,
                                      List<Milestone> milestones, LocalDate today) {
        if (!promise.status().tracksMilestones()) {
            return List.of();
        }
        return of(promise, agreedUnder, inUse, judgedNow(promise, inUse, today), lines, milestones, today);
    }

    /** The promise judged by the catalog in use without bookings: only a catalog's change counts, not the week's capacity. */
    public static PromiseCheck judgedNow(Promise promise, Judge inUse, LocalDate today) {
        return inUse.checker().check(promise, TeamBookings.none(), today);
    }

    /** The promise judged by the catalog it was agreed under, as {@link #judgedNow} is by the one in use. */
    public static PromiseCheck judgedThen(Promise promise, Judge agreedUnder, LocalDate today) {
        return agreedUnder.checker().check(promise, TeamBookings.none(), today);
    }

    /** As {@link #of(Promise, Judge, Judge, List, List, LocalDate)}, with the promise already {@link #judgedNow}. */
    public static List<RiskReason> of(Promise promise, Judge agreedUnder, Judge inUse, PromiseCheck now,
                                      List<LineDelivery> lines, List<Milestone> milestones, LocalDate today) {
        PromiseCheck then = agreedUnder == null || sameCatalog(agreedUnder, inUse) ? null : judgedThen(promise, agreedUnder, today);
        return of(promise, agreedUnder, then, inUse, now, lines, milestones, today);
    }

    /**
     * As {@link #of(Promise, Judge, Judge, List, List, LocalDate)}, with the promise already judged by
     * both catalogs: {@code then} by the one agreed under ({@link #judgedThen}; null when that is
     * unknown or the one in use), {@code now} by the one in use ({@link #judgedNow}).
     */
    public static List<RiskReason> of(Promise promise, Judge agreedUnder, PromiseCheck then, Judge inUse, PromiseCheck now,
                                      List<LineDelivery> lines, List<Milestone> milestones, LocalDate today) {
        if (!promise.status().tracksMilestones()) {
            return List.of();
        }
        List<RiskReason> reasons = new ArrayList<>();
        if (agreedUnder != null && then != null && !sameCatalog(agreedUnder, inUse)) {
            catalogWorse(promise, agreedUnder, inUse, then, now, lines, reasons);
        }
        for (LineDelivery line : lines) {
            if (line.overdue(today)) {
                long days = ChronoUnit.DAYS.between(line.promised(), today);
                reasons.add(new RiskReason(RiskKind.LINE_OVERDUE, line.line(), null, null,
                        lineName(promise, line.line(), inUse) + " was due " + Wording.date(line.promised())
                                + " and is not delivered (" + Wording.count(days, "day", "days") + " overdue)",
                        line.promised(), null));
            }
        }
        for (int i = 0; i < milestones.size(); i++) {
            Milestone milestone = milestones.get(i);
            if (!milestone.done() && milestone.due().isBefore(today)) {
                reasons.add(new RiskReason(RiskKind.MILESTONE_OVERDUE, null, i + 1, null, "Milestone " + (i + 1)
                        + " \"" + milestone.text() + "\" was due " + Wording.date(milestone.due()) + " and is not done",
                        milestone.due(), null));
            }
        }
        responsibilities(promise, now.responsibilities(), inUse, lines, today, reasons);
        return List.copyOf(reasons);
    }

    private static void catalogWorse(Promise promise, Judge agreedUnder, Judge inUse, PromiseCheck then,
                                     PromiseCheck now, List<LineDelivery> lines, List<RiskReason> reasons) {
        for (int i = 0; i < promise.lines().size(); i++) {
            LineCheck was = then.lines().get(i);
            LineCheck is = now.lines().get(i);
            if (!lines.get(i).open() || rank(is) <= rank(was)) {
                continue; // delivered or cancelled lines are past any catalog's judgement
            }
            String why = is.reasons().stream().filter(r -> !was.reasons().contains(r)).findFirst()
                    .orElse(is.verdict().label());
            // Retired, a dropped region or a lower limit: no date mends those (dateAdvice), so no honest date.
            LocalDate honest = is.verdict() == Verdict.NOT_DELIVERABLE && !is.dateAdvice() ? null : is.suggestedDate();
            reasons.add(new RiskReason(RiskKind.CATALOG_WORSE, i, null, null,
                    lineName(promise, i, agreedUnder) + ": catalog " + inUse.catalog().version() + " judges it "
                            + verdictWords(is) + ", where catalog " + agreedUnder.catalog().version()
                            + " it was agreed under judged it " + verdictWords(was) + ". " + why,
                    lines.get(i).promised(), honest));
        }
    }

    private static boolean sameCatalog(Judge one, Judge other) {
        return one.catalog().version().equals(other.catalog().version());
    }

    /** Overdue responsibilities whose lines are still open, one reason per line they move (rule 7). */
    private static void responsibilities(Promise promise, List<Responsibility> all, Judge inUse,
                                         List<LineDelivery> lines, LocalDate today, List<RiskReason> reasons) {
        BusinessCalendar calendar = inUse.checker().calendar();
        for (int r = 0; r < all.size(); r++) {
            Responsibility responsibility = all.get(r);
            if (responsibility.due() == null || !responsibility.due().isBefore(today)) {
                continue;
            }
            String overdue = "The customer's \"" + responsibility.text() + "\" was due "
                    + Wording.date(responsibility.due()) + " and has not come";
            for (int index : responsibility.lines()) {
                LineDelivery line = lines.get(index);
                if (!line.open() || line.promised() == null) {
                    continue;
                }
                // Rule 7: the line needs as many business days after the customer's part as it had before.
                int before = businessDaysBetween(calendar, responsibility.due(), line.promised());
                LocalDate honest = calendar.add(today, before);
                if (!honest.isAfter(line.promised())) {
                    honest = line.promised();
                }
                int moves = businessDaysBetween(calendar, line.promised(), honest);
                String name = lineName(promise, index, inUse);
                String effect = moves == 0 ? name + " still holds " + Wording.date(line.promised()) + " if it comes today"
                        : name + " moves from " + Wording.date(line.promised()) + " to " + Wording.date(honest)
                        + " (" + Wording.businessDays(moves) + " later)";
                reasons.add(new RiskReason(RiskKind.RESPONSIBILITY_OVERDUE, index, null, r, overdue + ": " + effect,
                        line.promised(), honest));
            }
        }
    }

    /** Business days d with {@code from} < d ≤ {@code to}; 0 when {@code to} is not after {@code from}. */
    static int businessDaysBetween(BusinessCalendar calendar, LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (calendar.isBusinessDay(day)) {
                n++;
            }
        }
        return n;
    }

    /** How bad a verdict is for a promise already agreed: standard and under-promise alike, then by tier. */
    private static int rank(LineCheck line) {
        return switch (line.verdict()) {
            case STANDARD, UNDER_PROMISE -> 0;
            case NEEDS_APPROVAL -> line.tier() == null ? 1 : line.tier();
            case NOT_DELIVERABLE -> Integer.MAX_VALUE;
        };
    }

    private static String verdictWords(LineCheck line) {
        return line.verdict() == Verdict.NEEDS_APPROVAL && line.tier() != null
                ? "needing tier " + line.tier() + " approval" : line.verdict().label().toLowerCase(java.util.Locale.ROOT);
    }

    private static String lineName(Promise promise, int index, Judge judge) {
        return "Line " + (index + 1) + " (" + Wording.what(promise.lines().get(index), judge.catalog()) + ")";
    }
}
