package com.promisedesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import picocli.CommandLine;

/** The command line as a test drives it: output captured, sample files copied where a user would have them. */
final class Terminal {

    private Terminal() {
    }

    /** Runs {@code args} with stdout into {@code out} and stderr into {@code err}; the desktop "opens" in 1234 ms. */
    static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine commandLine = PromiseDeskCommand.commandLine((dataDir, measure) -> OptionalLong.of(1234));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** Runs {@code args} against the local store in {@code dataDir}, never the user's own. */
    static int runIn(Path dataDir, StringWriter out, StringWriter err, String... args) {
        String[] inOwnFolder = new String[args.length + 2];
        inOwnFolder[0] = "--data-dir";
        inOwnFolder[1] = dataDir.toString();
        System.arraycopy(args, 0, inOwnFolder, 2, args.length);
        return run(out, err, inOwnFolder);
    }

    /** The bundled sample file {@code name}, copied into {@code dir} (once). */
    static Path sample(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            try (InputStream in = Terminal.class.getResourceAsStream("/com/promisedesk/sample/" + name)) {
                Files.copy(in, file);
            }
        }
        return file;
    }
}
