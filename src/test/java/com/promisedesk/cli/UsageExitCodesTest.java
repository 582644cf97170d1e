package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command used wrongly exits 64, as the README says, with one plain line saying what is wrong. */
class UsageExitCodesTest {

    private static final String OSTWIND = "0e7a5f13-2c64-4b8e-a1d9-7f3e6c2b9a02";

    @TempDir
    Path dir;

    @Test
    void syncWithNothingConfiguredIsBadUsage() throws Exception {
        try (CentralStoreAtHand cli = new CentralStoreAtHand(dir.resolve("central"))) {
            assertThat(cli.run("--data-dir", dir.resolve("laptop").toString(), "sync")).isEqualTo(64);
            assertThat(cli.err.toString()).startsWith("error: no central store yet: add --server URL --token TOKEN");
            assertThat(cli.run("--data-dir", dir.resolve("laptop").toString(), "sync", "--batch", "0")).isEqualTo(64);
            assertThat(cli.err.toString()).startsWith("error: --batch must be between 1 and 500, was 0");
        }
    }

    @Test
    void aLineBeyondThePromisesLinesIsBadUsage() throws Exception {
        try (CentralStoreAtHand cli = new CentralStoreAtHand(dir.resolve("central"))) {
            String data = dir.resolve("laptop").toString();
            cli.runOk("--data-dir", data, "catalog", "import", Terminal.sample(dir, "catalog.yaml").toString());
            cli.runOk("--data-dir", data, "promise", "import", Terminal.sample(dir, "promise-ostwind.json").toString());
            assertThat(cli.run("--data-dir", data, "promise", "request-approval", OSTWIND, "--line", "11", "--reason",
                    "x")).isEqualTo(64);
            assertThat(cli.err.toString()).startsWith("error: --line must be between 1 and 10");
        }
    }

    @Test
    void decidingNeedsExactlyOneOfApproveAndRejectSaidOnce() throws Exception {
        try (CentralStoreAtHand cli = new CentralStoreAtHand(dir.resolve("central"))) {
            String[] both = {"requests", "decide", "1d7dca42", "--approve", "--reject", "--server", cli.url()};
            assertThat(cli.run(both)).isEqualTo(64);
            assertThat(cli.err.toString()).startsWith("error: --approve, --reject are mutually exclusive")
                    .doesNotContain("Error:").hasLineCount(2);
            assertThat(cli.run("requests", "decide", "1d7dca42", "--server", cli.url())).isEqualTo(64);
            assertThat(cli.err.toString()).startsWith("error: Missing required argument").contains("--approve | --reject")
                    .doesNotContain("Error:").hasLineCount(2);
        }
    }

    @Test
    void aLocaleNoOneSpeaksIsRefusedNamingTheOptionAndTheForm() throws Exception {
        try (CentralStoreAtHand cli = new CentralStoreAtHand(dir.resolve("central"))) {
            Path out = dir.resolve("summary.txt");
            assertThat(cli.run("--data-dir", dir.toString(), "export",
                    Terminal.sample(dir, "promise-ostwind.json").toString(), "--catalog",
                    Terminal.sample(dir, "catalog.yaml").toString(), "--format", "txt", "--out", out.toString(),
                    "--locale", "klingon")).isEqualTo(64);
            assertThat(cli.err.toString()).startsWith("error: --locale: klingon is not a language tag")
                    .contains("en-GB").contains("de-DE");
            assertThat(out).doesNotExist();
            assertThat(cli.run("--data-dir", dir.toString(), "export",
                    Terminal.sample(dir, "promise-ostwind.json").toString(), "--catalog",
                    Terminal.sample(dir, "catalog.yaml").toString(), "--format", "txt", "--out", out.toString(),
                    "--locale", "de-DE")).as(cli.err.toString()).isZero();
        }
    }
}
