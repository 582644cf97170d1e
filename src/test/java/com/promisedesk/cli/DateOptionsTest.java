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

/** Every date option of the command line reads a day as the app's date fields read it, and says plainly when it cannot. */
class DateOptionsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int export(String date) throws IOException {
        return Terminal.runIn(dir.resolve("data"), out, err, "export", Terminal.sample(dir, "promise-northwind.json").toString(),
                "--catalog", Terminal.sample(dir, "catalog.yaml").toString(), "--format", "txt",
                "--out", dir.resolve("summary.txt").toString(), "--locale", "en-GB", "--date", date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23", "23 Nov 2026", "Mon 23 Nov 2026", "23.11.2026", "23/11/2026"})
    void theIssueDateTakesEveryFormTheAppReads(String date) throws IOException {
        assertThat(export(date)).as(err.toString()).isZero();

        assertThat(Files.readString(dir.resolve("summary.txt"))).contains("23 Nov 2026");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "31.02.2026", "tomorrow"})
    void aDayThatIsNoDateIsBadUsageInOnePlainLine(String date) throws IOException {
        assertThat(export(date)).isEqualTo(PromiseDeskCommand.BAD_USAGE);

        assertThat(err.toString()).contains("--date").contains("\"" + date + "\" is not a date")
                .contains("2026-12-21, 21 Dec 2026, 21.12.2026 or 21/12/2026")
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("cannot convert");
        assertThat(dir.resolve("summary.txt")).doesNotExist();
    }
}
