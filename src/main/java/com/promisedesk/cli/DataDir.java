package com.promisedesk.cli;

import dev.dirs.ProjectDirectories;
import java.nio.file.Path;

/** Where the local store lives: {@code --data-dir} when given, else the OS's per-user data folder. */
final class DataDir {

    private DataDir() {
    }

    static Path resolve(Path given) {
        if (given != null) {
            return given.toAbsolutePath();
        }
        return Path.of(ProjectDirectories.from("com", "PromiseDesk", "PromiseDesk").dataDir);
    }
}
