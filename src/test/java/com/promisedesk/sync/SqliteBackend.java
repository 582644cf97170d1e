package com.promisedesk.sync;

import com.promisedesk.server.ServerDatabase;
import java.nio.file.Path;

/** The central store's default: a SQLite file in its data folder. */
final class SqliteBackend implements Backend {

    @Override
    public ServerDatabase freshDatabase(Path dir) {
        return ServerDatabase.sqlite(dir.resolve("central"));
    }

    @Override
    public ServerDatabase reopen(Path dir) {
        return ServerDatabase.sqlite(dir.resolve("central"));
    }

    @Override
    public String name() {
        return "SQLite";
    }
}
