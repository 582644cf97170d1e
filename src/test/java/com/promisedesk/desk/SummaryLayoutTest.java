package com.promisedesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.export.Layout;
import com.promisedesk.export.Paper;
import com.promisedesk.store.Profile;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paper and locale of a summary: the option given, else the profile's (Settings), else the computer's. */
class SummaryLayoutTest {

    @TempDir
    Path dataDir;

    @Test
    void withoutOptionsTheProfilesPaperAndLocaleAreUsed() {
        new Profile(null, null, null, null, "a4", "en-US").write(dataDir);

        Layout layout = WrittenSummaries.ofFiles(dataDir).layout(null, null);

        assertThat(layout).isEqualTo(new Layout(Locale.US, Paper.A4));
        assertThat(layout.monthFirst()).isTrue();
    }

    @Test
    void theProfilesLocaleBringsItsPaperWhenTheProfileNamesNone() {
        new Profile(null, null, null, null, null, "en-US").write(dataDir);

        assertThat(WrittenSummaries.ofFiles(dataDir).layout(null, null)).isEqualTo(new Layout(Locale.US, Paper.LETTER));
    }

    @Test
    void anOptionWinsOverTheProfile() {
        new Profile(null, null, null, null, "letter", "en-US").write(dataDir);
        WrittenSummaries summaries = WrittenSummaries.ofFiles(dataDir);

        assertThat(summaries.layout(null, Paper.A4)).isEqualTo(new Layout(Locale.US, Paper.A4));
        assertThat(summaries.layout("de-DE", null)).as("a locale given brings its own paper")
                .isEqualTo(new Layout(Locale.GERMANY, Paper.A4));
    }

    @Test
    void withNoProfileTheComputersLocaleAndItsPaper() {
        assertThat(WrittenSummaries.ofFiles(dataDir).layout(null, null)).isEqualTo(Layout.of(Locale.getDefault()));
    }
}
