package com.promisedesk.cli;

import com.promisedesk.check.PromiseCheck;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Verdict;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.BookingsFile;
import com.promisedesk.file.CatalogFile;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code promisedesk check PROMISE.json [--catalog FILE] [--bookings FILE] [--today DATE] [--format text|json]}.
 * Exit 0: every line standard or under-promise; 2: something needs approval; 3: something
 * cannot be delivered; 65: bad input.
 */
@Command(name = "check", description = {
    "Judge every line of a promise against the catalog: verdict, reasons, suggestion.",
    "Exit 0 all standard or under-promise, 2 needs approval, 3 not deliverable, 65 bad input."})
final class CheckCommand extends StoreCommand implements Callable<Integer> {

    static final int NEEDS_APPROVAL = 2;
    static final int NOT_DELIVERABLE = 3;

    /** Output formats. */
    enum Format { text, json }

    @Parameters(paramLabel = "PROMISE", description = "The promise file (JSON).")
    Path promiseFile;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "The catalog file; left out, the local store's current catalog is used.")
    Path catalogFile;

    @Option(names = "--bookings", paramLabel = "FILE",
            description = "What the team has booked (CSV: capability,week,quantity; week like 2026-W50); left out,"
                    + " what the local store books: its last sync and its other promises.")
    Path bookingsFile;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    TodayOption today;

    @Override
    public Integer call() throws Exception {
        Promise promise = PromiseFile.read(promiseFile);
        Catalog catalog = catalog();
        // A bookings file stands for everything else booked: the team's, and no promise of the store.
        Judging judging = bookingsFile == null ? judging(catalog)
                : Judging.of(catalog, BookingsFile.read(bookingsFile));
        PromiseCheck check = judging.check(promise, today.day(clock()));
        out().print(format == Format.json ? CheckJson.of(check) + "\n" : CheckText.of(promise, catalog, check));
        return exitCode(check.verdict());
    }

    static int exitCode(Verdict verdict) {
        return switch (verdict) {
            case STANDARD, UNDER_PROMISE -> 0;
            case NEEDS_APPROVAL -> NEEDS_APPROVAL;
            case NOT_DELIVERABLE -> NOT_DELIVERABLE;
        };
    }

    private Catalog catalog() throws BadFileException {
        if (catalogFile != null) {
            return CatalogFile.read(catalogFile);
        }
        if (!LocalStore.exists(dataDir())) {
            throw new UserError("no --catalog given, and there is no local store in " + dataDir()
                    + " to take the current catalog from");
        }
        try (LocalStore store = openStore()) {
            return CurrentCatalog.loadWhole(store).orElseThrow(() -> new UserError(
                    "no --catalog given, and the local store in " + dataDir() + " has no catalog yet"));
        }
    }
}
