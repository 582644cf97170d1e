package com.promisedesk.cli;

import com.promisedesk.desk.MilestoneProposal;
import com.promisedesk.domain.Milestone;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.MilestoneRow;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code promise milestone propose ID [--keep]}: the milestones proposed for an agreed promise (its
 * lines' promised days, the customer's due dates); {@code --keep} adds them, as the app's Keep all.
 */
@Command(name = "propose", description = {"Print the milestones proposed for an agreed promise: one per day its lines are",
    "promised at and one per customer responsibility, on its due date; --keep adds them all (to a promise",
    "without milestones yet). To edit one, add it yourself with promise milestone add."})
final class MilestonePropose extends StoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PROMISE-ID", description = "The promise's id, or its first 8 or more characters (see promise list).")
    String id;

    @Option(names = "--keep", description = "Add the proposed milestones, in order.")
    boolean keep;

    @Override
    public Integer call() {
        try (LocalStore store = openStore()) {
            java.util.UUID uuid = Ids.promise(store, id, dataDir());
            MilestoneCommand.requirePromise(store, uuid);
            Promise promise = store.promises().find(uuid).orElseThrow();
            com.promisedesk.domain.Milestone.requireTracked(promise.status());
            Judging judging = CurrentCatalog.load(store).map(catalog -> Judging.of(store, catalog)).orElseThrow(() ->
                    new UserError("no catalog in " + dataDir() + " to date the promise's lines: run sync or catalog import first"));
            List<Milestone> proposed = MilestoneProposal.of(promise, judging);
            if (!keep) {
                int n = 1;
                for (Milestone milestone : proposed) {
                    out().printf("%d  proposed  %s  %s%n", n++, milestone.due(), milestone.text());
                }
                out().println(proposed.isEmpty() ? "Nothing to propose: no line has a day and no responsibility is due"
                        : "Keep them with --keep, or add your own with promise milestone add");
                return 0;
            }
            List<MilestoneRow> existing = store.milestones().list(uuid);
            if (!existing.isEmpty()) {
                throw new UserError("promise " + uuid + " already has " + existing.size() + (existing.size() == 1
                        ? " milestone" : " milestones") + "; add others with promise milestone add");
            }
            store.milestones().addAll(uuid, proposed);
            out().println("Added " + proposed.size() + (proposed.size() == 1 ? " milestone" : " milestones")
                    + " to promise " + uuid + "; they go up with the next sync");
        }
        return 0;
    }
}
