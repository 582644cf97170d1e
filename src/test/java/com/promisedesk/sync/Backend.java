package com.promisedesk.sync;

import com.promisedesk.server.ServerDatabase;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

/** Where a test's central store keeps its data: a fresh, empty database each call. */
interface Backend {

    default ServerDatabase freshDatabase(Path dir) {
        return freshDatabase(dir, ServerDatabase.LOCK_WAIT);
    }

    /** A fresh database whose writes wait at most {@code lockWait} for a lock held elsewhere. */
    ServerDatabase freshDatabase(Path dir, Duration lockWait);

    /**
     * Another connection (not the server's pool) that holds the lock every push needs, with a
     * write of its own in flight, until closed; closing rolls that write back.
     */
    AutoCloseable holdWriteLock(Path dir) throws SQLException;

    /** How {@code promisedesk server} is started, as its own process, on the database of {@code dir}. */
    ServerProcess.Launch serverLaunch(Path dir);

    String name();
}
