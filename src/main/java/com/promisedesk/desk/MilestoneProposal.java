package com.promisedesk.desk;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Milestone;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Responsibility;
import com.promisedesk.store.Judging;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The milestones proposed for an agreed promise: one per day lines are promised at (the lines
 * of one day together) and one per responsibility of the customer, on its due date (at the start
 * when it has none), in order of day, the customer's part first on a day. The rep keeps them,
 * edits one before adding it, or adds others (decision 0024); nothing is saved here.
 */
public final class MilestoneProposal {

    private MilestoneProposal() {
    }

    /**
     * The proposal for {@code promise} as {@code judging} dates its lines and derives its
     * responsibilities (its own, then those its lines' customer requirements create), judged as
     * of the day it was agreed (its start when that day is not kept).
     */
    public static List<Milestone> of(Promise promise, Judging judging) {
        LocalDate asOf = promise.agreedOn() != null ? promise.agreedOn() : promise.start();
        List<Responsibility> responsibilities = judging.check(promise, asOf).responsibilities();
        return of(promise, Deliveries.promisedDates(promise, judging), responsibilities,
                code -> judging.catalog().capability(code).map(c -> c.name()).orElse(code));
    }

    /**
     * @param promisedDates the day each line is promised at (null: a line without a day, left out)
     * @param names         a capability's name by its code, as the summary calls it
     */
    public static List<Milestone> of(Promise promise, List<LocalDate> promisedDates, List<Responsibility> responsibilities,
                                     Function<String, String> names) {
        List<Proposed> proposed = new ArrayList<>();
        for (Responsibility responsibility : responsibilities) {
            LocalDate due = responsibility.due() != null ? responsibility.due() : promise.start();
            proposed.add(new Proposed(due, 0, "From the customer: " + responsibility.text()));
        }
        Map<LocalDate, List<Integer>> linesByDay = new LinkedHashMap<>();
        for (int i = 0; i < promisedDates.size(); i++) {
            if (promisedDates.get(i) != null) {
                linesByDay.computeIfAbsent(promisedDates.get(i), day -> new ArrayList<>()).add(i);
            }
        }
        linesByDay.forEach((day, lines) -> proposed.add(new Proposed(day, 1, delivered(promise, lines, names))));
        return proposed.stream().sorted(Comparator.comparing(Proposed::due).thenComparing(Proposed::order))
                .map(p -> new Milestone(p.text(), p.due(), false)).distinct().toList();
    }

    /** "Line 2 delivered: Onboarding" or "Lines 1, 3 delivered: Onboarding, ERP export" (numbered from 1). */
    private static String delivered(Promise promise, List<Integer> lines, Function<String, String> names) {
        List<String> numbers = lines.stream().map(i -> String.valueOf(i + 1)).toList();
        List<String> what = lines.stream().map(i -> name(promise.lines().get(i), names)).toList();
        return (lines.size() == 1 ? "Line " : "Lines ") + String.join(", ", numbers) + " delivered: " + String.join(", ", what);
    }

    private static String name(CommitmentLine line, Function<String, String> names) {
        return line.isBespoke() ? line.bespoke() : names.apply(line.capability());
    }

    private record Proposed(LocalDate due, int order, String text) {
    }
}
