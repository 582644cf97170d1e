package com.promisedesk.server;

import dev.dirs.ProjectDirectories;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/** What every server command shares: the root's --data-dir, the output, one-line failures. */
abstract class ServerCommandBase {

    static final int BAD_USAGE = 64;
    static final int BAD_DATA = 65;
    static final int STORE_FAILED = 74;

    @Spec
    CommandSpec spec;

    Path dataDir() {
        OptionSpec option = spec.root().findOption("--data-dir");
        Path given = option == null ? null : option.getValue();
        return given != null ? given.toAbsolutePath()
                : Path.of(ProjectDirectories.from("com", "PromiseDesk", "PromiseDesk").dataDir);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    int fail(int code, String message) {
        spec.commandLine().getErr().println("error: " + message);
        return code;
    }
}
