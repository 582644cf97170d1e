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
    /** Something the command needs is not available, such as its port (sysexits EX_UNAVAILABLE). */
    static final int UNAVAILABLE = 69;
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
        return fail(code, message, null);
    }

    /** One plain line; with the root's {@code --verbose}, the cause's details after it. */
    int fail(int code, String message, Throwable cause) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: " + message);
        OptionSpec verbose = spec.root().findOption("--verbose");
        if (cause != null && verbose != null && Boolean.TRUE.equals(verbose.getValue())) {
            cause.printStackTrace(err);
        }
        return code;
    }
}
