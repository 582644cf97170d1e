package com.promisedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** profile.properties as the Settings screen writes it: read back the same, by hand and by the command line. */
class ProfileFileTest {

    @TempDir
    Path dataDir;

    @Test
    void whatIsWrittenReadsBackTheSameWhateverTheText() throws Exception {
        Profile profile = new Profile("Łódź Sp. z o.o. = #1: \\ the best", "Zoë O'Neil", "zoe@lodz.example",
                "+48 42 123 45 67", "letter", "pl-PL");

        profile.write(dataDir);

        assertThat(Profile.read(dataDir)).isEqualTo(profile);
        assertThat(Files.readString(dataDir.resolve(Profile.FILE_NAME), StandardCharsets.UTF_8))
                .as("a file a person can read and edit").contains("rep=Zoë O'Neil\n", "paper=letter\n", "locale=pl-PL\n");
    }

    @Test
    void aHandEditedFileKeepsItsOtherKeysAndLosesWhatWasCleared() throws Exception {
        Files.writeString(dataDir.resolve(Profile.FILE_NAME), "# mine\ncompany=Old GmbH\nphone=+49 1\nsignature=Regards\n",
                StandardCharsets.UTF_8);

        new Profile("New GmbH", "Jonas Keller", null, null).write(dataDir);

        assertThat(Profile.read(dataDir)).isEqualTo(new Profile("New GmbH", "Jonas Keller", null, null));
        assertThat(Files.readString(dataDir.resolve(Profile.FILE_NAME), StandardCharsets.UTF_8))
                .contains("signature=Regards").doesNotContain("phone", "Old GmbH");
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no temporary file left").containsOnly(Profile.FILE_NAME);
        }
    }

    @Test
    void aPaperOrLocaleItCannotUseIsRefusedNamingTheFileAndKey() throws Exception {
        Path file = dataDir.resolve(Profile.FILE_NAME);
        Files.writeString(file, "company=Fleetwise GmbH\npaper=B5\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Profile.read(dataDir)).isInstanceOf(StoreException.class)
                .hasMessage("the profile " + file + " has paper=b5, which is not a paper size (a4 or letter)");

        Files.writeString(file, "locale=--\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Profile.read(dataDir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("locale=--, which is not a language tag");
    }

    @Test
    void aFolderThatCannotBeWrittenKeepsTheOldFile() throws Exception {
        new Profile("Fleetwise GmbH", null, null, null).write(dataDir);
        ReadOnlyFolder.make(dataDir);
        try {
            assertThatThrownBy(() -> new Profile("Other AG", null, null, null).write(dataDir))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("could not save the profile " + dataDir.resolve(Profile.FILE_NAME) + ": "
                            + ReadOnlyFolder.REASON);
        } finally {
            ReadOnlyFolder.release(dataDir);
        }
        assertThat(Profile.read(dataDir).company()).isEqualTo("Fleetwise GmbH");
    }
}
