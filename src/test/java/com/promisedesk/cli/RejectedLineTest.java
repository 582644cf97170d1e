package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A line whose exception request an approver rejected, end to end through a real central store:
 * the rep's written summary lists it under "Not included", saying nothing of who or why.
 */
@Slow
class RejectedLineTest extends CommandLineWithCentralStore {

    private static final String OSTWIND = "0e7a5f13-2c64-4b8e-a1d9-7f3e6c2b9a02";

    @Test
    void aRejectedLineIsNotIncludedInTheSummaryAndSaysNothingOfWhoOrWhy() throws IOException {
        String url = central.server.uri().toString();
        assertThat(run("--data-dir", dir.resolve("admin").toString(), "catalog", "publish",
                Terminal.sample(dir, "catalog.yaml").toString(), "--server", url, "--token",
                token("carl", "catalog-owner"))).as(err.toString()).isZero();
        String data = dir.resolve("laptop").toString();
        assertThat(run("--data-dir", data, "promise", "import",
                Terminal.sample(dir, "promise-ostwind.json").toString())).isZero();
        assertThat(run("--data-dir", data, "sync", "--server", url, "--token", token("anna", "rep"))).isZero();
        assertThat(run("--data-dir", data, "promise", "request-approval", OSTWIND, "--line", "6", "--today",
                "2026-11-23", "--reason", "Their season starts in March")).as(err.toString()).isZero();
        assertThat(run("--data-dir", data, "sync", "--quiet")).isZero();
        String lena = token("lena", "approver:sales-lead");
        String approver = dir.resolve("lena").toString();
        assertThat(run("--data-dir", approver, "requests", "list", "--server", url, "--token", lena, "--format",
                "json")).as(err.toString()).isZero();
        String request = out.toString().replaceAll("(?s).*?\"id\" : \"([^\"]+)\".*", "$1");
        assertThat(run("--data-dir", approver, "requests", "decide", request, "--reject", "--note",
                "No boxes in stock before March", "--server", url, "--token", lena)).as(err.toString()).isZero();
        assertThat(run("--data-dir", data, "sync", "--quiet")).isZero();

        Path file = dir.resolve("summary.txt");
        assertThat(run("--data-dir", data, "promise", "export", OSTWIND, "--date", "2026-11-23", "--format", "txt",
                "--out", file.toString())).as(err.toString()).isZero();
        String summary = Files.readString(file);
        String before = summary.substring(0, summary.indexOf("Telematics box G3"));
        assertThat(java.util.stream.Stream.of("What we will deliver", "Awaiting confirmation", "Not included")
                .max(java.util.Comparator.comparingInt(before::lastIndexOf)).orElseThrow())
                .as("the section the box is listed in:\n" + summary).isEqualTo("Not included");
        assertThat(summary).doesNotContain("No boxes in stock", "lena", "sales-lead", "tier", "reject");
    }
}
