package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every command reads today from the command line's one clock: without --today or --date, the clock's day is T. */
class OneClockTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int runOn(String day, String... args) {
        Clock clock = Clock.fixed(Instant.parse(day + "T09:00:00Z"), ZoneOffset.UTC);
        CommandLine commandLine = PromiseDeskCommand.commandLine(clock, (d, m) -> OptionalLong.empty());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] inOwnFolder = new String[args.length + 2];
        inOwnFolder[0] = "--data-dir";
        inOwnFolder[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, inOwnFolder, 2, args.length);
        return commandLine.execute(inOwnFolder);
    }

    @Test
    void checkJudgesAsOfTheClocksDay() throws IOException {
        String promise = Terminal.sample(dir, "promise-ostwind.json").toString();
        String catalog = Terminal.sample(dir, "catalog.yaml").toString();

        // Ostwind's line 1 is dated Mon 30 Nov 2026: on 9 Dec it has passed (a day that is not the real one).
        assertThat(runOn("2026-12-09", "check", promise, "--catalog", catalog)).as(err.toString()).isEqualTo(3);
        assertThat(out.toString()).contains("that date has passed (today is Wed 9 Dec 2026)");
    }

    @Test
    void exportIssuesOnTheClocksDay() throws IOException {
        Path file = dir.resolve("summary.md");

        assertThat(runOn("2026-12-08", "export", Terminal.sample(dir, "promise-ostwind.json").toString(), "--catalog",
                Terminal.sample(dir, "catalog.yaml").toString(), "--format", "md", "--locale", "en-GB", "--out",
                file.toString())).as(err.toString()).isZero();

        assertThat(Files.readString(file)).containsPattern("Date\\W+(\\w+ )?8 Dec 2026");
    }
}
