package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A promise file must say what is promised: {@code "lines": []} for nothing yet; leaving it out is bad input. */
class PromiseFileInputTest {

    private static final String WITHOUT_LINES = """
            {
              "customer": { "name": "Northwind Traders" },
              "title": "Fleet analytics rollout",
              "start": "2026-11-23"
            }
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Terminal.runIn(dir.resolve("data"), out, err, args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "promise import"})
    void aPromiseWithoutLinesExits65NamingTheFileAndTheField(String command) throws IOException {
        Path promise = dir.resolve("no-lines.json");
        Files.writeString(promise, WITHOUT_LINES);
        String catalog = Terminal.sample(dir, "catalog.yaml").toString();

        int exit = command.equals("check") ? run("check", promise.toString(), "--catalog", catalog)
                : run("promise", "import", promise.toString());

        assertThat(exit).isEqualTo(65);
        assertThat(err.toString()).startsWith("error: " + promise + ":").contains(": lines: is required");
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anEmptyListOfLinesIsADraftThatChecksAndImports() throws IOException {
        Path promise = dir.resolve("draft.json");
        Files.writeString(promise, WITHOUT_LINES.replace("\"2026-11-23\"", "\"2026-11-23\",\n  \"lines\": []"));
        String catalog = Terminal.sample(dir, "catalog.yaml").toString();

        assertThat(run("check", promise.toString(), "--catalog", catalog)).isZero();
        assertThat(out.toString()).contains("Promise: STANDARD");
        assertThat(run("promise", "import", promise.toString())).isZero();
        assertThat(out.toString()).contains("Imported promise");
        assertThat(err.toString()).isEmpty();
    }
}
