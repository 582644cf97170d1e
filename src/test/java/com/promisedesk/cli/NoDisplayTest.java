package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code promisedesk app} where no window can be shown, as on a server or over SSH: the real
 * entry point in a process of its own, with the real toolkit (not the tests' headless one).
 */
@Slow
class NoDisplayTest {

    @TempDir
    Path dataDir;

    @Test
    @EnabledOnOs(OS.LINUX)
    void withoutADisplayTheAppSaysSoInWordsAndPointsAtTheCommandLine() throws Exception {
        Run run = app(Map.of(), "app");
        assertPlain(run, "DISPLAY is not set");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void withADisplayThatDoesNotAnswerTheAppSaysSo() throws Exception {
        Run run = app(Map.of("DISPLAY", ":93"), "app");
        assertPlain(run, "the display :93 does not answer");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void plainPromisedeskOpensTheAppAndSaysTheSame() throws Exception {
        Run run = app(Map.of(), new String[0]);
        assertPlain(run, "DISPLAY is not set");
    }

    @Test
    void aDisplayIsPossibleWhereTheEnvironmentNamesOneOrTheSystemAlwaysHasOne() {
        assertThat(AppLaunch.displayPossible(Map.of(), "Linux", null)).isFalse();
        assertThat(AppLaunch.displayPossible(Map.of("DISPLAY", " "), "Linux", null)).isFalse();
        assertThat(AppLaunch.displayPossible(Map.of("DISPLAY", ":0"), "Linux", null)).isTrue();
        assertThat(AppLaunch.displayPossible(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null)).isTrue();
        assertThat(AppLaunch.displayPossible(Map.of(), "Windows 11", null)).isTrue();
        assertThat(AppLaunch.displayPossible(Map.of(), "Mac OS X", null)).isTrue();
        assertThat(AppLaunch.displayPossible(Map.of(), "Linux", "Monocle")).isTrue();
    }

    private static void assertPlain(Run run, String why) {
        assertThat(run.exit).as(run.err).isEqualTo(AppLaunch.NO_DISPLAY);
        assertThat(run.err).contains("there is no screen to open the desktop app on (" + why + ")")
                .contains("'promisedesk --help'")
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("\tat ");
    }

    private record Run(int exit, String err) {
    }

    private Run app(Map<String, String> display, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-exports", "javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "com.promisedesk.Main", "--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().putAll(display);
        File err = dataDir.resolve("stderr.txt").toFile();
        builder.redirectError(err);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the app gave up within a minute").isTrue();
        return new Run(process.exitValue(), java.nio.file.Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }
}
