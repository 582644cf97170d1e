package com.promisedesk.cli;

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

    java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
