package com.promisedesk.check;

import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Requirement;
import com.promisedesk.domain.RequirementCycles;
import com.promisedesk.domain.Responsibility;
import com.promisedesk.domain.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges promises against one catalog (docs/checking.md, "The rules"). Deterministic
 * and free of I/O: the same catalog, promise and bookings give the same check everywhere.
 * Build one per catalog: the business calendar and the requirement graph are worked out
 * here once. Thread-safe.
 */
public final class PromiseChecker {

    private final Catalog catalog;
    private final BusinessCalendar calendar;
    private final RequirementCycles cycles;
    private final LineJudge judge;

    public PromiseChecker(Catalog catalog) {
        this.catalog = catalog;
        this.calendar = new BusinessCalendar(catalog.calendar());
        this.cycles = catalog.requirementCycles();
        this.judge = new LineJudge(catalog.policy());
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * Judges {@code promise} as of {@code today} (the caller's clock, or {@code check --today}):
     * T is {@link #judgedAsOf} that day. The checker reads no clock, so the same arguments give
     * the same check on any day.
     */
    public PromiseCheck check(Promise promise, TeamBookings bookings, LocalDate today) {
        PromiseFrame frame = PromiseFrame.of(promise, judgedAsOf(promise, today), catalog, calendar,
                bookings == null ? TeamBookings.none() : bookings, cycles);
        List<LineCheck> lines = new ArrayList<>(promise.lines().size());
        LineCheck worst = null;
        for (int i = 0; i < promise.lines().size(); i++) {
            LineCheck line = judge.judge(frame, i);
            lines.add(line);
            if (worst == null || severity(line) > severity(worst)) {
                worst = line;
            }
        }
        Verdict verdict = worst == null ? Verdict.STANDARD : worst.verdict();
        Integer tier = verdict == Verdict.NEEDS_APPROVAL ? worst.tier() : null;
        List<String> approvers = tier == null ? List.of() : catalog.policy().approvers(tier);
        return new PromiseCheck(verdict, tier, approvers, lines, responsibilities(frame),
                AgreementBlocks.of(promise.expectations()));
    }

    /**
     * T of the rules for {@code promise} on {@code today}: today for a promise not yet agreed. An
     * agreed one (in delivery, kept or broken too) is judged as of the day it was agreed
     * ({@link Promise#agreedOn()}), so its verdicts never change with the calendar. One agreed
     * before that day was kept (an older file or store) is judged as of its start, as every
     * promise was before T: a date before the start is still not deliverable, a passed one is not.
     */
    public static LocalDate judgedAsOf(Promise promise, LocalDate today) {
        return switch (promise.status()) {
            case AGREED, IN_DELIVERY, KEPT, BROKEN -> promise.agreedOn() != null ? promise.agreedOn() : promise.start();
            case DRAFT, READ_BACK, WITHDRAWN -> today;
        };
    }

    /** S of the rules for {@code promise} on {@code today}: the later of its start and T. */
    public static LocalDate startAsOf(Promise promise, LocalDate today) {
        LocalDate asOf = judgedAsOf(promise, today);
        return asOf.isAfter(promise.start()) ? asOf : promise.start();
    }

    /**
     * The date each line of {@code promise} is promised at, which is also the week it counts
     * against a weekly capacity in (rule 6): its own date, or E (rule 3) when it has none;
     * {@code null} for a bespoke line or a code this catalog does not know. The central
     * store books the team's capacity by it. E is counted from the promise's start here, not
     * from today: a booking does not move with the calendar (docs/checking.md, "Today").
     */
    public List<LocalDate> promisedDates(Promise promise) {
        List<LocalDate> dates = new ArrayList<>(promise.lines().size());
        for (LineContext line : PromiseFrame.of(promise, promise.start(), catalog, calendar, TeamBookings.none(),
                cycles).lines()) {
            dates.add(line == null ? null : line.date());
        }
        return dates;
    }

    private static int severity(LineCheck line) {
        return line.verdict().ordinal() * 1000 + (line.tier() == null ? 0 : line.tier());
    }

    /** The promise's own responsibilities as written, then one per customer requirement of each line not already listed. */
    private static List<Responsibility> responsibilities(PromiseFrame frame) {
        List<Responsibility> derived = new ArrayList<>();
        for (LineContext line : frame.lines()) {
            if (line == null) {
                continue;
            }
            for (Requirement requirement : line.capability().requires()) {
                if (requirement instanceof Requirement.OnCustomer customer) {
                    derived.add(new Responsibility(customer.what(),
                            frame.calendar().sub(line.date(), customer.before()), List.of(line.index())));
                }
            }
        }
        return Responsibilities.merge(frame.promise().responsibilities(), derived);
    }
}
