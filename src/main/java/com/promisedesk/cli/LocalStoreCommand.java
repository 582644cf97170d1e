package com.promisedesk.cli;

import com.promisedesk.store.LocalStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code promisedesk store backup FILE}: the local store itself, as the app's Settings → Back up my data. */
@Command(name = "store", description = "The local store itself: back it up to one file.",
        subcommands = LocalStoreCommand.Backup.class)
final class LocalStoreCommand {

    @Command(name = "backup", description = {
        "Write the whole local store to FILE, consistent even while the app is in use; the sync token is not in it.",
        "To restore: quit the app and put FILE in place of promisedesk.db in the data folder."})
    static final class Backup extends StoreCommand implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "The backup file to write (replaced if it exists).")
        Path file;

        @Override
        public Integer call() {
            if (!LocalStore.exists(dataDir())) {
                throw UserError.usage("there is no local store in " + dataDir() + " to back up");
            }
            try (LocalStore store = openStore()) {
                Path written = store.backupTo(file);
                out().println("Backed up " + store.file() + " to " + written);
            }
            return 0;
        }
    }
}
