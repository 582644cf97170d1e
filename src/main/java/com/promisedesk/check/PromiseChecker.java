package com.promisedesk.check;

import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Requirement;
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
        this.cycles = new RequirementCycles(catalog);
        this.judge = new LineJudge(catalog.policy());
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public PromiseCheck check(Promise promise, TeamBookings bookings) {
        PromiseFrame frame = PromiseFrame.of(promise, catalog, calendar,
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
     * The date each line of {@code promise} is promised at, which is also the week it counts
     * against a weekly capacity in (rule 6): its own date, or E (rule 3) when it has none;
     * {@code null} for a bespoke line or a code this catalog does not know. The central
     * store books the team's capacity by it.
     */
    public List<LocalDate> promisedDates(Promise promise) {
        List<LocalDate> dates = new ArrayList<>(promise.lines().size());
        for (LineContext line : PromiseFrame.of(promise, catalog, calendar, TeamBookings.none(), cycles).lines()) {
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
