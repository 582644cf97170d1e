package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code server --port N} where another program listens on N: the real entry point in a
 * process of its own, so that what the web server and the log would print counts too.
 */
@Slow
class PortInUseTest {

    @TempDir
    Path dir;

    @Test
    void aTakenPortIsSaidInOneLineWithTheProcessThatHoldsIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Run run = server("--port", String.valueOf(port));

            assertThat(run.exit()).as(run.err()).isEqualTo(69);
            assertThat(run.err().lines().toList()).as(run.err()).hasSize(1);
            assertThat(run.err()).startsWith("error: port " + port + " on 127.0.0.1 is already in use")
                    .contains("another --port").doesNotContain("\tat ").doesNotContain("Exception")
                    .doesNotContain("STOPPED");
            assertThat(dir.resolve("central-store.db")).as("nothing is started or made").doesNotExist();
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinuxTheProcessHoldingThePortIsNamed() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = server("--port", String.valueOf(taken.getLocalPort()));

            // This test's own JVM holds the port.
            assertThat(run.err()).contains("in use by process " + ProcessHandle.current().pid() + " (java)");
        }
    }

    private record Run(int exit, String err) {
    }

    private Run server(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.promisedesk.Main", "--data-dir", dir.toString(),
                "server"));
        command.addAll(List.of(args));
        File err = Files.createTempFile(dir, "stderr", ".txt").toFile();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the server still runs after a minute although its port is taken");
        }
        return new Run(process.exitValue(), Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }
}
