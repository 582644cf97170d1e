package com.promisedesk.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * For browser tests of the web console: a central store per test (as {@link CommandLineWithCentralStore})
 * and one Chromium for the whole class, with a profile of its own, started before the first test
 * and stopped after the last (starting a browser is the slow part).
 */
abstract class CommandLineWithConsoleBrowser extends CommandLineWithCentralStore {

    @TempDir
    static Path profile;
    static ConsoleBrowser chromium;

    @BeforeAll
    static void startBrowser() {
        chromium = ConsoleBrowser.start(profile);
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }
}
