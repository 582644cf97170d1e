package com.promisedesk.sync;

import com.promisedesk.server.ServerDatabase;
import java.nio.file.Path;

/** Where a test's central store keeps its data: a fresh, empty database each call. */
interface Backend {

    ServerDatabase freshDatabase(Path dir);

    /** How {@code promisedesk server} is started, as its own process, on the database of {@code dir}. */
    ServerProcess.Launch serverLaunch(Path dir);

    String name();
}
