package com.promisedesk.server.console;

import java.util.List;

/**
 * What the Team page shows a manager or an admin: figures, rep names, ages and roles, and
 * no customer contents (docs/decisions/0019): no customer, title, line, reason or note.
 * Text only; the template escapes all of it.
 *
 * @param open      the open statuses, as column headings ("Draft", "Read back", "Agreed", "In delivery")
 * @param closed    the closed ones, the team's record of promises kept ("Kept", "Broken", "Withdrawn")
 * @param reps      one row per rep (everyone with a promise or a live rep token), by name
 * @param totals    the column sums of {@code reps}
 * @param waiting   the exception requests still waiting, oldest first
 * @param conflicts per rep with an open conflict, most conflicts first
 * @param devices   every live rep token (one per device), by rep
 * @param asOf      when these figures were read
 * @param record    the team's promise-keeping record over a period (decision 0025)
 */
public record TeamView(List<String> open, List<String> closed, List<RepRow> reps, RepRow totals, List<Waiting> waiting,
                       List<Conflicts> conflicts, List<Device> devices, Age asOf, Record record) {

    /**
     * The promises that ended in a period, per rep: counts and the share kept, nothing of their contents.
     *
     * @param from    the period's first day, ISO (the form shows it back)
     * @param to      its last day
     * @param problem what was wrong with the period asked for, in words; null when nothing was
     */
    public record Record(String from, String to, List<RecordRow> reps, RecordRow totals, String problem) {

        public Record withProblem(String words) {
            return new Record(from, to, reps, totals, words);
        }
    }

    /**
     * A rep's record: kept on time, late, broken, withdrawn, and the share kept.
     *
     * @param shareKept kept on time out of kept on time, late and broken, as "75%"; "–" when none was the rep's to keep
     */
    public record RecordRow(String rep, long keptOnTime, long late, long broken, long withdrawn, String shareKept) {
    }

    /** A rep's promises: how many in each open status, all open ones, and how many in each closed status. */
    public record RepRow(String rep, List<Long> open, long openTotal, List<Long> closed) {
    }

    /**
     * A request still waiting: whose, which line of which promise (the promise's id, never its
     * contents), its tier, the roles it still waits for and those that approved already.
     */
    public record Waiting(String rep, String promise, int line, int tier, String waitingFor, String approvedBy, Age asked) {
    }

    /** A rep's conflicts still open: how many, and when the oldest was kept. */
    public record Conflicts(String rep, long open, Age oldest) {
    }

    /**
     * One device: the rep's token that it syncs with ({@code token} is the token's id, as the
     * Access page and {@code token list} show it, never the token), its last sync and last request.
     *
     * @param quiet whether it has not synced for a week or more (or never)
     */
    public record Device(String rep, String token, Age lastSync, Age lastSeen, Age since, boolean quiet) {
    }
}
