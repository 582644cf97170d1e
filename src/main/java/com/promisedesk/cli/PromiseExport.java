package com.promisedesk.cli;

import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Promise;
import com.promisedesk.export.Summary;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.RevisionRepository.IssuedRevision;
import com.promisedesk.store.RevisionRepository.RevisionContent;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code promisedesk promise export ID --format … --out FILE [--issue]}: the summary of a stored
 * promise against the store's current catalog. With {@code --issue} it becomes the next revision,
 * stored byte for byte with its fingerprint; without, it is a preview that carries no number.
 */
@Command(name = "export", description = {
    "Write the customer's summary of a stored promise: pdf, html, md or txt.",
    "--issue stores it as the next revision (immutable; a later change makes a new one)."})
final class PromiseExport extends StoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The promise's id, or its first 8 or more characters (see promise list).")
    String id;

    @Option(names = "--issue", description = "Issue it as the next revision of the promise.")
    boolean issue;

    @Mixin
    SummaryOptions summary;

    @Override
    public Integer call() {
        try (LocalStore store = openStore()) {
            UUID uuid = Ids.promise(store, id, dataDir());
            Promise promise = store.promises().find(uuid)
                    .orElseThrow(() -> new UserError("No promise " + id + " in " + dataDir()));
            Catalog catalog = CurrentCatalog.load(store).orElseThrow(() -> new UserError(
                    "the local store in " + dataDir() + " has no catalog to write the summary against"));
            TeamBookings bookings = bookingsAround(store, promise, catalog);
            if (!issue) {
                Summary preview = summary.summary(store, promise, catalog, bookings, dataDir(), null);
                summary.write(summary.format.render(preview, summary.layout()));
                out().println("Wrote a preview (not issued) to " + summary.out + " (SHA-256 " + preview.fingerprint() + ")");
                return 0;
            }
            IssuedRevision issued = store.revisions().issue(uuid, number -> {
                Summary revision = summary.summary(store, promise, catalog, bookings, dataDir(), number);
                return new RevisionContent(summary.format.extension(), revision.fingerprint(),
                        summary.format.render(revision, summary.layout()));
            });
            summary.write(issued.content().bytes());
            out().println("Issued revision " + issued.revision().number() + " of " + promise.customer().name() + " · "
                    + promise.title() + " to " + summary.out + " (SHA-256 " + issued.revision().sha256() + ")");
            return 0;
        }
    }
}
