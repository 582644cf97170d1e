package com.promisedesk.sync;

import com.promisedesk.server.ServerDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The central store's default: a SQLite file in its data folder. */
final class SqliteBackend implements Backend {

    @Override
    public ServerDatabase freshDatabase(Path dir) {
        return ServerDatabase.sqlite(dir.resolve("central"));
    }

    @Override
    public ServerProcess.Launch serverLaunch(Path dir) {
        return new ServerProcess.Launch(List.of("--data-dir", dir.resolve("central").toString(), "server"), Map.of());
    }

    @Override
    public String name() {
        return "SQLite";
    }
}
