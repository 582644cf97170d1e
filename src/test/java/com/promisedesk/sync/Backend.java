package com.promisedesk.sync;

import com.promisedesk.server.ServerDatabase;
import java.nio.file.Path;

/** Where a test's central store keeps its data: a fresh, empty database each call. */
interface Backend {

    ServerDatabase freshDatabase(Path dir);

    /** The same database again, as after a restart of the server. */
    ServerDatabase reopen(Path dir);

    String name();
}
