package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cheap guess, made before picocli reads the command line, of whether the app's window
 * will open: it starts the window early, so a wrong "yes" would start JavaFX for a command
 * that never shows it, and a wrong "no" would cost the early start.
 */
class ChoosesAppTest {

    @ParameterizedTest(name = "\"{0}\" opens the app: {1}")
    @CsvSource(delimiter = '|', value = {
        "                                     | true",
        "app                                  | true",
        "app --measure-startup --data-dir /d  | true",
        "--data-dir /d                        | true",
        "--data-dir=/d --verbose app          | true",
        "--data-dir app                       | true",
        "check promise.json                   | false",
        "--data-dir /d sync                   | false",
        "server start                         | false",
        "--help                               | false",
        "app --help                           | false",
        "-V                                   | false",
        "help app                             | false",
    })
    void readsWhetherTheCommandLineOpensTheApp(String line, boolean opens) {
        String[] args = line == null ? new String[0] : line.trim().split(" +");
        assertThat(AppLaunch.choosesApp(args)).isEqualTo(opens);
    }
}
