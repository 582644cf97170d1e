package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.server.ServerCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Why something failed, in words: the reason the system gave, never the name of a Java exception. */
class PlainReasonsTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = PromiseDeskCommand.commandLine((d, m) -> OptionalLong.empty(), new ServerCommand());
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void anUnreachableCentralStoreIsConnectionRefused() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        assertThat(run("--data-dir", dir.toString(), "sync", "--server", "http://127.0.0.1:" + closed, "--token", "x"))
                .isEqualTo(75);
        assertThat(err.toString()).isEqualTo("error: could not reach the central store at http://127.0.0.1:" + closed
                + ": connection refused" + System.lineSeparator());
    }

    @Test
    void aFileWhereTheDataFolderShouldBeIsInTheWay() throws Exception {
        Path file = Files.writeString(dir.resolve("data"), "not a folder");
        assertThat(run("--data-dir", file.resolve("store").toString(), "promise", "list")).isEqualTo(74);
        assertThat(err.toString()).contains("could not create the data folder " + file.resolve("store")
                + ": a file of that name is in the way").doesNotContain("java.nio");
    }

    @Test
    void aBadDateNamesTheOptionAndTheForm() throws Exception {
        Path promise = Terminal.sample(dir, "promise-ostwind.json");
        Path catalog = Terminal.sample(dir, "catalog.yaml");
        assertThat(run("--data-dir", dir.toString(), "export", promise.toString(), "--catalog", catalog.toString(),
                "--format", "txt", "--out", dir.resolve("s.txt").toString(), "--date", "2026-13-01")).isEqualTo(64);
        assertThat(err.toString()).startsWith("error: --date: \"2026-13-01\" is not a date; write it as 2026-12-21")
                .doesNotContain("java.time").doesNotContain("DateTimeParseException");
    }

    @Test
    void aCorruptLocalStoreSaysWhatItIsAndWhatToDo() throws Exception {
        Files.writeString(dir.resolve("promisedesk.db"), "this is no database, but a note\n".repeat(200));
        assertThat(run("--data-dir", dir.toString(), "promise", "list")).isEqualTo(74);
        assertThat(err.toString()).startsWith("error: the local store " + dir.resolve("promisedesk.db")
                + " is not a PromiseDesk database or is damaged: move it aside").contains("run sync")
                .doesNotContain("SQL State").doesNotContain("Error Code").hasLineCount(1);
    }

    @Test
    void aSummaryThatCannotBeWrittenSaysWhy() throws Exception {
        Path promise = Terminal.sample(dir, "promise-ostwind.json");
        Path catalog = Terminal.sample(dir, "catalog.yaml");
        Path inTheWay = Files.writeString(dir.resolve("out"), "a file");
        assertThat(run("--data-dir", dir.toString(), "export", promise.toString(), "--catalog", catalog.toString(),
                "--format", "txt", "--out", inTheWay.resolve("x.txt").toString())).isEqualTo(74);
        assertThat(err.toString()).isEqualTo("error: could not write the summary to " + inTheWay.resolve("x.txt")
                + ": a file of that name is in the way" + System.lineSeparator());
        err.getBuffer().setLength(0);
        assertThat(run("--data-dir", dir.toString(), "export", promise.toString(), "--catalog", catalog.toString(),
                "--format", "txt", "--out", "/proc/x.pdf")).isEqualTo(74);
        assertThat(err.toString()).startsWith("error: could not write the summary to /proc/x.pdf: ")
                .doesNotEndWith("/proc/x.pdf" + System.lineSeparator());
    }

    @Test
    void aFaultOfOursSaysSoAndWhereTheDetailsAre() {
        CommandLine commandLine = PromiseDeskCommand.commandLine((d, m) -> OptionalLong.empty());
        commandLine.setErr(new PrintWriter(err, true));
        int exit = new Failures().handleExecutionException(
                new IllegalStateException(new java.util.concurrent.ExecutionException(new NullPointerException())),
                commandLine, null);
        assertThat(exit).isEqualTo(70);
        assertThat(err.toString()).isEqualTo("error: an unexpected problem stopped PromiseDesk. Run it again with"
                + " --verbose for the details, and tell us." + System.lineSeparator());
    }

    @Test
    void withVerboseTheDetailsFollow() throws Exception {
        Path file = Files.writeString(dir.resolve("data"), "not a folder");
        assertThat(run("--verbose", "--data-dir", file.resolve("store").toString(), "promise", "list")).isEqualTo(74);
        assertThat(err.toString()).startsWith("error: could not create the data folder")
                .contains("FileSystemException").contains("\tat ");
    }
}
