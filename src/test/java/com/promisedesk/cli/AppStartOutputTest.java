package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a rep's terminal shows when the app starts as the jar starts it: the real entry point
 * in a process of its own, JavaFX on the class path (JavaFX's headless platform standing in
 * for a screen). JavaFX's warning about the class path is not among it (README, "Running
 * from the jar").
 */
@Slow
class AppStartOutputTest {

    @TempDir
    Path dataDir;

    @Test
    void startingTheAppPrintsItsFirstFrameAndNoWarning() throws Exception {
        Path out = dataDir.resolve("stdout.txt");
        Path err = dataDir.resolve("stderr.txt");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                // The jar's logging, not the tests' (logback-test.xml is on this class path too).
                "-Dlogback.configurationFile=" + AppStartOutputTest.class.getResource("/logback.xml"),
                "-cp", System.getProperty("java.class.path"), "com.promisedesk.Main",
                "--data-dir", dataDir.resolve("data").toString(), "app", "--measure-startup"))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the app started and closed").isTrue();

        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(errors).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("first-frame-ms ");
        assertThat(errors).doesNotContain("Unsupported JavaFX configuration").doesNotContain("WARN");
    }
}
