package com.promisedesk.cli;

import com.promisedesk.domain.Catalog;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand that works on the local store of {@code --data-dir}. */
abstract class StoreCommand {

    @Spec
    CommandSpec spec;

    Path dataDir() {
        return ((PromiseDeskCommand) spec.root().userObject()).dataDir();
    }

    /** The command line's one clock (the local clock unless a test gives another). */
    Clock clock() {
        return ((PromiseDeskCommand) spec.root().userObject()).clock();
    }

    LocalStore openStore() {
        return LocalStore.open(dataDir());
    }

    /**
     * What a promise file is judged against (docs/checking.md, rule 6), as the app judges it:
     * {@code catalog}, what the last sync of the local store said the other reps have booked,
     * and the local store's promises; nothing booked when there is no local store.
     */
    Judging judging(Catalog catalog) {
        if (!LocalStore.exists(dataDir())) {
            return Judging.of(catalog);
        }
        try (LocalStore store = openStore()) {
            return Judging.of(store, catalog);
        }
    }

    java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
