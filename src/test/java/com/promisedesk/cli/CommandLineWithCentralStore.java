package com.promisedesk.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * For command-line tests that need a central store: a fresh one on loopback in the test's own
 * folder ({@code central/}) before each test, stopped after; the jar's command line with the
 * server's commands; each run's stdout and stderr in {@link #out} and {@link #err}.
 */
abstract class CommandLineWithCentralStore {

    @TempDir
    Path dir;

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CentralStoreAtHand central;

    @BeforeEach
    void startCentralStore() {
        central = new CentralStoreAtHand(dir.resolve("central"));
    }

    @AfterEach
    void stopCentralStore() {
        central.close();
    }

    int run(String... args) {
        int exit = central.run(args);
        out = central.out;
        err = central.err;
        return exit;
    }

    /** A token made as IT makes one, with {@code server token create}. */
    String token(String user, String role) {
        return central.tokenByCommand(user, role);
    }
}
