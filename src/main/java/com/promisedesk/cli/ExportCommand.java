package com.promisedesk.cli;

import com.promisedesk.desk.WrittenSummaries;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Promise;
import com.promisedesk.export.Summary;
import com.promisedesk.file.CatalogFile;
import com.promisedesk.file.PromiseFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code promisedesk export PROMISE.json --catalog CATALOG.yaml --format pdf|html|md|txt --out FILE}:
 * the customer's written summary of a promise file, as a preview (no revision number). Exit 65 on bad input.
 */
@Command(name = "export", description = {
    "Write the customer's summary of a promise file: pdf, html, md or txt.",
    "The sender comes from profile.properties in the data folder; --company and --rep override it."})
final class ExportCommand extends StoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PROMISE", description = "The promise file (JSON).")
    Path promiseFile;

    @Option(names = "--catalog", required = true, paramLabel = "FILE", description = "The catalog file (YAML or JSON).")
    Path catalogFile;

    @Mixin
    SummaryOptions summary;

    @Override
    public Integer call() throws Exception {
        Promise promise = PromiseFile.read(promiseFile);
        Catalog catalog = CatalogFile.read(catalogFile);
        // A promise file: judged with what the local store books, nothing approved (WrittenSummaries).
        Summary written = summary.signed(WrittenSummaries.ofFiles(dataDir()))
                .preview(promise, judging(catalog), summary.issueDate(clock())).build();
        byte[] bytes = summary.format.render(written, summary.layout(dataDir()));
        summary.write(bytes);
        out().println("Wrote the " + summary.format.label() + " summary of " + promise.customer().name() + " · "
                + promise.title() + " to " + summary.out);
        out().println(Fingerprints.of(written.fingerprint(), bytes));
        return 0;
    }
}
