package com.promisedesk.cli;

import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand that works on the local store of {@code --data-dir}. */
abstract class StoreCommand {

    @Spec
    CommandSpec spec;

    Path dataDir() {
        return ((PromiseDeskCommand) spec.root().userObject()).dataDir();
    }

    LocalStore openStore() {
        return LocalStore.open(dataDir());
    }

    /**
     * What everything but {@code promise} books (docs/checking.md, rule 6), as the app judges it: what
     * the last sync of the local store said the other reps have booked, and the local store's
     * other promises; nothing when there is no local store.
     */
    TeamBookings bookingsAround(Promise promise, Catalog catalog) {
        if (!LocalStore.exists(dataDir())) {
            return TeamBookings.none();
        }
        try (LocalStore store = openStore()) {
            return bookingsAround(store, promise, catalog);
        }
    }

    static TeamBookings bookingsAround(LocalStore store, Promise promise, Catalog catalog) {
        return Judging.of(store, catalog).bookingsAround(promise);
    }

    java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
