package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.Promise;
import com.promisedesk.file.PromiseFile;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against a real store in a temp folder, as a script would use it. */
class CommandLineTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Terminal.run(out, err, args);
    }

    private Path sample(String name) throws IOException {
        return Terminal.sample(dir, name);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void printsItsVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("PromiseDesk ");
    }

    @Test
    void validatesTheSampleCatalog() throws IOException {
        assertThat(run("catalog", "validate", sample("catalog.yaml").toString())).isZero();
        assertThat(out.toString()).contains("is valid").contains("capabilities");
    }

    @Test
    void aBadCatalogExitsWith65AndNamesFileLineAndField() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(sample("catalog.yaml")).replace("status: available", "status: availble"));

        assertThat(run("catalog", "validate", bad.toString())).isEqualTo(65);
        assertThat(err.toString()).startsWith("error: " + bad + ":").contains("status").contains("availble");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void aMissingFileIsBadData() {
        assertThat(run("catalog", "validate", dir.resolve("nope.yaml").toString())).isEqualTo(65);
        assertThat(err.toString()).contains("nope.yaml").contains("the file does not exist");
    }

    @Test
    void badUsageExitsWith64() {
        assertThat(run("promise", "list", "--format", "xml")).isEqualTo(64);
        assertThat(run("--no-such-option")).isEqualTo(64);
    }

    @Test
    void importsListsAndShowsAPromise() throws Exception {
        Path file = sample("promise-northwind.json");
        Promise original = PromiseFile.read(file);

        assertThat(run("--data-dir", data(), "catalog", "import", sample("catalog.yaml").toString())).isZero();
        assertThat(run("--data-dir", data(), "promise", "import", file.toString())).isZero();
        assertThat(out.toString()).contains("Imported promise " + original.id());

        out.getBuffer().setLength(0);
        assertThat(run("promise", "list", "--format", "json", "--data-dir", data())).isZero();
        assertThat(out.toString()).contains("\"id\" : \"" + original.id() + "\"")
                .contains(original.customer().name());

        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", data(), "promise", "show", original.id().toString(), "--format", "json")).isZero();
        assertThat(PromiseFile.parse(out.toString(), "shown")).isEqualTo(original);
    }

    @Test
    void showingAnUnknownPromiseSaysSo() {
        assertThat(run("--data-dir", data(), "promise", "show", "not-an-id")).isEqualTo(65);
        assertThat(err.toString()).contains("\"not-an-id\" is not a promise id");

        assertThat(run("--data-dir", data(), "promise", "show", "3f2b8c1e-0000-4000-8000-000000000001")).isEqualTo(65);
        assertThat(err.toString()).contains("No promise 3f2b8c1e-0000-4000-8000-000000000001");
    }

    @Test
    void measureStartupPrintsTheFirstFrameTime() {
        assertThat(run("app", "--measure-startup")).isZero();
        assertThat(out.toString().strip()).isEqualTo("first-frame-ms 1234");
    }
}
