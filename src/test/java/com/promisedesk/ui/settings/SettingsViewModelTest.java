package com.promisedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.ExpectedLog;
import com.promisedesk.export.Paper;
import com.promisedesk.store.Profile;
import com.promisedesk.store.StoreException;
import com.promisedesk.ui.Threads;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Settings screen's decisions, without a toolkit: what is shown, what is saved, what is refused. */
class SettingsViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    final ExpectedLog log = ExpectedLog.of(Threads.class);

    @TempDir
    Path dataDir;

    private SettingsViewModel model() {
        BackupViewModel backup = new BackupViewModel(file -> {
            throw new StoreException("could not back up the local store to " + file + ": the disk is full");
        }, Threads.inline(), CLOCK);
        return new SettingsViewModel(dataDir, backup, Threads.inline(), CLOCK, Locale.UK);
    }

    @Test
    void showsTheProfileAsTheFileHasIt() throws Exception {
        Files.writeString(dataDir.resolve(Profile.FILE_NAME),
                "company=Fleetwise GmbH\nrep=Jonas Keller\nemail=jk@fleetwise.example\nlocale=nl-NL\n", StandardCharsets.UTF_8);
        SettingsViewModel model = model();

        model.load();

        assertThat(model.companyProperty().get()).isEqualTo("Fleetwise GmbH");
        assertThat(model.repProperty().get()).isEqualTo("Jonas Keller");
        assertThat(model.phoneProperty().get()).isEmpty();
        assertThat(model.localeProperty().get().tag()).as("a hand-edited locale is offered too").isEqualTo("nl-NL");
        assertThat(model.locales()).contains(model.localeProperty().get());
        assertThat(model.paperProperty().get()).isEqualTo(Paper.A4);
        assertThat(model.dataFolder()).isEqualTo(dataDir.toString());
    }

    @Test
    void withNoProfileTheFieldsAreEmptyAndTheComputersLocaleIsChosen() {
        SettingsViewModel model = model();

        model.load();

        assertThat(model.companyProperty().get()).isEmpty();
        assertThat(model.localeProperty().get().tag()).isNull();
        assertThat(model.localeProperty().get().label()).isEqualTo("This computer's: English (United Kingdom)");
        assertThat(model.localeExampleProperty().get()).isEqualTo("Dates on a summary read 5 Dec 2026.");
    }

    @Test
    void savesWhatWasTypedAndChosenSoTheNextSummaryReadsIt() {
        SettingsViewModel model = model();
        model.load();
        model.companyProperty().set(" Łódź Sp. z o.o. ");
        model.repProperty().set("Zoë Nowak");
        model.emailProperty().set("zoe@lodz.example");
        model.phoneProperty().set("+48 42 123 45 67");
        model.localeProperty().set(model.locales().stream().filter(c -> "en-US".equals(c.tag())).findFirst().orElseThrow());

        assertThat(model.paperProperty().get()).as("a locale chosen brings its paper").isEqualTo(Paper.LETTER);
        assertThat(model.localeExampleProperty().get()).isEqualTo("Dates on a summary read Dec 5, 2026.");
        assertThat(model.save()).isTrue();

        assertThat(Profile.read(dataDir)).isEqualTo(new Profile("Łódź Sp. z o.o.", "Zoë Nowak", "zoe@lodz.example",
                "+48 42 123 45 67", "letter", "en-US"));
        assertThat(model.saveMessageProperty().get()).isEqualTo("Saved. The next summary is sent by Zoë Nowak, Łódź Sp. z o.o.");
        model.load();
        assertThat(model.saveMessageProperty().get()).as("read again, the file speaks for itself").isEmpty();
        assertThat(model.companyProperty().get()).isEqualTo("Łódź Sp. z o.o.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jonas.keller.fleetwise.example | An e-mail address has one @ with a name before it and a domain after it, such as jonas.keller@fleetwise.example.",
        "jonas@                         | An e-mail address has one @ with a name before it and a domain after it, such as jonas.keller@fleetwise.example.",
        "jonas keller@fleetwise.example | An e-mail address has no spaces in it."})
    void aBadEmailIsRefusedBesideTheFieldAndTheFileStaysAsItWas(String email, String why) throws Exception {
        Path file = dataDir.resolve(Profile.FILE_NAME);
        Files.writeString(file, "company=Fleetwise GmbH\n", StandardCharsets.UTF_8);
        SettingsViewModel model = model();
        model.load();
        model.companyProperty().set("Other AG");
        model.emailProperty().set(email);

        assertThat(model.save()).isFalse();

        assertThat(model.emailProblemProperty().get()).isEqualTo(why);
        assertThat(model.saveMessageProperty().get()).isEqualTo("Not saved: the e-mail address needs a look.");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("company=Fleetwise GmbH\n");

        model.emailProperty().set("jonas@fleetwise.example");
        assertThat(model.emailProblemProperty().get()).as("the message goes once the address is one").isEmpty();
    }

    @Test
    void aBackupThatFailsSaysWhyPlainly() {
        SettingsViewModel model = model();
        BackupViewModel backup = model.backup();

        assertThat(backup.suggestedName()).isEqualTo("promisedesk-backup-2026-12-05.db");
        backup.backUpTo(dataDir.resolve("b.db"));

        assertThat(backup.failedProperty().get()).isTrue();
        assertThat(backup.runningProperty().get()).isFalse();
        assertThat(backup.messageProperty().get()).isEqualTo("Could not back up the local store to " + dataDir.resolve("b.db")
                + ": the disk is full. Nothing was written; choose another folder and try again.");
        assertThat(log.takeErrors()).singleElement().asString().endsWith(": the disk is full");
    }
}
