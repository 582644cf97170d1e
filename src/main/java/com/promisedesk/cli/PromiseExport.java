package com.promisedesk.cli;

import com.promisedesk.desk.WrittenSummaries;
import com.promisedesk.desk.WrittenSummary;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CustomerConfirmation;
import com.promisedesk.domain.Promise;
import com.promisedesk.export.Summary;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.export.Fingerprint;
import com.promisedesk.export.Layout;
import com.promisedesk.store.RevisionRepository.IssueOutcome;
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

    /**
     * Nothing the customer would read has changed since revision {@code number}: no new revision.
     * Its exact bytes are written to the file when it is of the format asked for; never others.
     */
    private int unchanged(LocalStore store, Promise promise, int number) {
        IssuedRevision last = store.revisions().find(promise.id(), number).orElseThrow();
        String said = "Nothing changed since revision " + number + " of " + promise.customer().name() + " · "
                + promise.title() + " (issued " + last.revision().issued().atZone(clock().getZone())
                .toLocalDate() + "): no new revision was issued.";
        if (!last.content().format().equals(summary.format.extension())) {
            out().println(said + " Revision " + number + " is a " + last.content().format() + " file; "
                    + summary.out + " was not written.");
            return 0;
        }
        summary.write(last.content().bytes());
        out().println(said + " Wrote revision " + number + " as issued to " + summary.out);
        out().println(Fingerprints.of(last.revision().sha256(), last.content().bytes()));
        return 0;
    }

    @Override
    public Integer call() {
        try (LocalStore store = openStore()) {
            UUID uuid = Ids.promise(store, id, dataDir());
            Promise promise = store.promises().find(uuid)
                    .orElseThrow(() -> new UserError("No promise " + id + " in " + dataDir()));
            Catalog catalog = CurrentCatalog.load(store).orElseThrow(() -> new UserError(
                    "the local store in " + dataDir() + " has no catalog to write the summary against"));
            // As the app's Summary window: approvals, rejections and milestones from the store (WrittenSummaries).
            WrittenSummary written = summary.signed(WrittenSummaries.of(store))
                    .preview(promise, Judging.of(store, catalog), summary.issueDate(clock()));
            Summary preview = written.build();
            Layout layout = summary.layout(dataDir());
            if (!issue) {
                byte[] bytes = summary.format.render(preview, layout);
                summary.write(bytes);
                out().println("Wrote a preview (not issued) to " + summary.out);
                out().println(Fingerprints.of(preview.fingerprint(), bytes));
                return 0;
            }
            String says = Fingerprint.ofWhatItSays(preview);
            CustomerConfirmation confirmation = written.printing().confirmation();
            IssueOutcome outcome = store.revisions().issueUnlessSaid(uuid, says, confirmation, number -> {
                Summary revision = written.numbered(number).build();
                return new RevisionContent(summary.format.extension(), revision.fingerprint(),
                        summary.format.render(revision, layout));
            });
            if (outcome.unchangedSince().isPresent()) {
                return unchanged(store, promise, outcome.unchangedSince().get());
            }
            IssuedRevision issued = outcome.issued().orElseThrow();
            summary.write(issued.content().bytes());
            out().println("Issued revision " + issued.revision().number() + " of " + promise.customer().name() + " · "
                    + promise.title() + " to " + summary.out);
            if (confirmation != null) {
                out().println("It carries the customer's confirmation of the read-back: " + confirmation.name() + ", "
                        + confirmation.at().toLocalDate() + " " + confirmation.at().toLocalTime());
            }
            out().println(Fingerprints.of(issued.revision().sha256(), issued.content().bytes()));
            return 0;
        }
    }
}
