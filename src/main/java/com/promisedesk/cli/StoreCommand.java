package com.promisedesk.cli;

import com.promisedesk.check.TeamBookings;
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
     * What the last sync of the local store said the team has booked; none when there is no
     * local store. A promise is judged with it everywhere (DESIGN, rule 6).
     */
    TeamBookings syncedBookings() {
        if (!LocalStore.exists(dataDir())) {
            return TeamBookings.none();
        }
        try (LocalStore store = openStore()) {
            return store.sync().teamBookings();
        }
    }

    java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
