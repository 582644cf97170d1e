package com.promisedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's systemd unit, packaging/jvm.options and packaging/build.sh name the same
 * install: the unit starts a launcher the build makes, from where the .deb puts it, and the
 * archive the desktop launcher maps is the one the build's training run writes. Nothing else
 * checks these before a company's IT copies the unit.
 */
class PackagingPathsTest {

    private static final Pattern EXEC_START = Pattern.compile("(?m)^ExecStart=(\\S+)");
    private static final Pattern APP_NAME = Pattern.compile("common=\\(--name (\\S+) ");
    private static final Pattern ADDED_LAUNCHER = Pattern.compile("--add-launcher (\\S+)=");
    private static final Pattern ARCHIVE_WRITTEN = Pattern.compile("jsa=\\$\\(dirname \"\\$cfg\"\\)/(\\S+)");

    @Test
    void theSystemdUnitStartsTheServerLauncherFromWhereTheDebInstallsIt() throws IOException {
        String build = read("packaging/build.sh");
        String name = first(APP_NAME, build);
        String launcher = first(ADDED_LAUNCHER, build);

        // jpackage installs a .deb (and .rpm) into /opt/<name>, its launchers into bin/.
        assertThat(first(EXEC_START, read("README.md"))).as("ExecStart of the README's systemd unit")
                .isEqualTo("/opt/" + name + "/bin/" + launcher);
    }

    @Test
    void theDesktopLauncherMapsTheArchiveTheTrainingRunWrites() throws IOException {
        String archive = first(ARCHIVE_WRITTEN, read("packaging/build.sh"));

        assertThat(read("packaging/jvm.options")).as("packaging/jvm.options")
                .containsOnlyOnce("-XX:SharedArchiveFile=$APPDIR/" + archive);
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file));
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s is in the file", pattern).isTrue();
        return m.group(1);
    }
}
