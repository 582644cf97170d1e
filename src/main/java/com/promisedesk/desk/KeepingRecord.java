package com.promisedesk.desk;

import com.promisedesk.domain.PromiseKeeping.Outcome;
import java.util.Collection;
import java.util.Optional;

/**
 * A promise-keeping record: of the promises that ended, how many were kept on time, kept late,
 * broken (a line cancelled by us) and withdrawn by the customer. The share kept counts only
 * what was ours to keep: kept on time out of kept on time, late and broken; a withdrawal is
 * the customer's choice and counts neither way (decision 0024).
 */
public record KeepingRecord(int keptOnTime, int late, int broken, int withdrawn) {

    public static KeepingRecord of(Collection<Outcome> outcomes) {
        int[] counts = new int[Outcome.values().length];
        outcomes.forEach(o -> counts[o.ordinal()]++);
        return new KeepingRecord(counts[Outcome.KEPT_ON_TIME.ordinal()], counts[Outcome.LATE.ordinal()],
                counts[Outcome.BROKEN.ordinal()], counts[Outcome.WITHDRAWN.ordinal()]);
    }

    /** Every promise that ended, withdrawn included. */
    public int ended() {
        return keptOnTime + late + broken + withdrawn;
    }

    /** Kept on time, late or broken: the promises that were ours to keep. */
    public int ours() {
        return keptOnTime + late + broken;
    }

    /** Kept on time out of {@link #ours()}, 0 to 1; empty when none was ours to keep yet. */
    public Optional<Double> shareKept() {
        return ours() == 0 ? Optional.empty() : Optional.of((double) keptOnTime / ours());
    }

    /** "3 of 4 kept (75%)", or "no promise ended yet": the words beside a customer's name and on the command line. */
    public String words() {
        if (ended() == 0) {
            return "no promise ended yet";
        }
        if (ours() == 0) {
            return withdrawn + " withdrawn";
        }
        return keptOnTime + " of " + ours() + " kept (" + Math.round(shareKept().orElseThrow() * 100) + "%)";
    }
}
