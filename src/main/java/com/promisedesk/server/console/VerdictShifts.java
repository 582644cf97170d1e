package com.promisedesk.server.console;

import com.promisedesk.check.LineCheck;
import com.promisedesk.check.OwnBookings;
import com.promisedesk.check.PromiseChecker;
import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How many lines of the open promises on the central store a new catalog would judge
 * differently, by the verdict they would get (decision 0021): every line judged by the
 * checker with the catalog published latest and with the new one, as of the same day, each
 * time with what every other stored promise books under that catalog. Counts only: which
 * promise, customer or rep is never part of it.
 *
 * @param promises  open promises judged
 * @param lines     their lines
 * @param becoming  lines whose verdict changes, by the verdict they would get
 * @param otherTier lines that need approval under both catalogs, at another tier
 * @param affected  promises with at least one line judged differently
 */
public record VerdictShifts(int promises, int lines, Map<Verdict, Integer> becoming, int otherTier, int affected) {

    /** Not yet agreed, or agreed and not yet settled: what the catalog owner's change still reaches. */
    public static final Set<PromiseStatus> OPEN = Set.of(PromiseStatus.DRAFT, PromiseStatus.READ_BACK,
            PromiseStatus.AGREED, PromiseStatus.IN_DELIVERY);

    public VerdictShifts {
        becoming = Map.copyOf(becoming);
    }

    /**
     * @param stored every promise the central store holds (its current version): the open ones are
     *               judged, and all of them book capacity as the checker counts it
     * @param today  the central store's today; an agreed promise is judged as of the day it was agreed
     */
    public static VerdictShifts of(List<Promise> stored, Catalog before, Catalog after, LocalDate today) {
        PromiseChecker was = new PromiseChecker(before);
        PromiseChecker now = new PromiseChecker(after);
        OwnBookings bookedBefore = OwnBookings.of(stored, was);
        OwnBookings bookedAfter = OwnBookings.of(stored, now);
        Map<Verdict, Integer> becoming = new EnumMap<>(Verdict.class);
        int promises = 0;
        int lines = 0;
        int otherTier = 0;
        int affected = 0;
        for (Promise promise : stored) {
            if (!OPEN.contains(promise.status())) {
                continue;
            }
            promises++;
            List<LineCheck> old = was.check(promise, bookedBefore.around(promise, TeamBookings.none()), today).lines();
            List<LineCheck> next = now.check(promise, bookedAfter.around(promise, TeamBookings.none()), today).lines();
            boolean differs = false;
            for (int i = 0; i < next.size(); i++) {
                lines++;
                if (old.get(i).verdict() != next.get(i).verdict()) {
                    becoming.merge(next.get(i).verdict(), 1, Integer::sum);
                    differs = true;
                } else if (!Objects.equals(old.get(i).tier(), next.get(i).tier())) {
                    otherTier++;
                    differs = true;
                }
            }
            affected += differs ? 1 : 0;
        }
        return new VerdictShifts(promises, lines, becoming, otherTier, affected);
    }

    /** "3 lines would become Needs approval, 1 Not deliverable", or that none would. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            int count = becoming.getOrDefault(verdict, 0);
            if (count > 0) {
                parts.add(parts.isEmpty() ? count + (count == 1 ? " line would become " : " lines would become ")
                        + verdict.label() : count + " " + verdict.label());
            }
        }
        if (otherTier > 0) {
            parts.add(otherTier + (otherTier == 1 ? " line would" : " lines would") + " need approval at another tier");
        }
        return parts.isEmpty() ? "No line of an open promise would be judged differently" : String.join(", ", parts);
    }

    /** "in 2 of 14 open promises (96 lines)". */
    public String scope() {
        return "in " + affected + " of " + promises + (promises == 1 ? " open promise" : " open promises") + " ("
                + lines + (lines == 1 ? " line" : " lines") + ") on the central store";
    }

    /** The counts by verdict, worst first, for the page's table: verdict label and lines. */
    public List<Map.Entry<String, Integer>> rows() {
        List<Map.Entry<String, Integer>> rows = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            rows.add(0, Map.entry(verdict.label(), becoming.getOrDefault(verdict, 0)));
        }
        return rows;
    }
}
