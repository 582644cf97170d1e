package com.promisedesk.store;

import com.promisedesk.failure.FailureWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConnection;

/**
 * One file a rep can restore from: SQLite's online backup of the local store, taken on the
 * store's own connection under its lock, so it is one consistent moment even while the app
 * works. It is written to a hidden temporary file in the target folder and moved to its name
 * only when complete: a failure (disk full, folder not writable) leaves no half file. The
 * token is not in it: it is kept in its own file, never in the database.
 */
final class StoreBackup {

    private static final Logger LOG = LoggerFactory.getLogger(StoreBackup.class);

    private StoreBackup() {
    }

    static Path write(Transactions transactions, Path target) {
        Path file = target.toAbsolutePath();
        Path temp = null;
        try {
            Path folder = file.getParent();
            temp = Files.createTempFile(folder, ".promisedesk-backup", ".tmp");
            String into = temp.toString();
            transactions.read("back up the local store to " + file, connection -> {
                connection.unwrap(SQLiteConnection.class).getDatabase().backup("main", into, null);
                return null;
            });
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Backed up the local store to {}", file);
            return file;
        } catch (IOException e) {
            // A failure of SQLite's own is worded by Transactions the same way: "could not back up …: why".
            throw new StoreException("could not back up the local store to " + file + ": " + FailureWords.why(e), e);
        } finally {
            removeLeftovers(temp);
        }
    }

    /** The temporary file and what SQLite may have left beside it; nothing of a failed backup stays. */
    private static void removeLeftovers(Path temp) {
        if (temp == null) {
            return;
        }
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            Path leftover = temp.resolveSibling(temp.getFileName() + suffix);
            try {
                Files.deleteIfExists(leftover);
            } catch (IOException e) {
                LOG.warn("Could not remove {}", leftover, e);
            }
        }
    }
}
