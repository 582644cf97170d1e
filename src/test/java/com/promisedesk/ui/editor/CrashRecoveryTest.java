package com.promisedesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.LocalStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the editor showed as saved survives the process dying abruptly right after. */
@Slow
class CrashRecoveryTest {

    @TempDir
    Path dataDir;

    @Test
    void anEditShownAsSavedIsThereAfterTheProcessDies() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EditThenHalt.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String said = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("SAVED ")) {
                    said = line;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("the child died abruptly").isEqualTo(137);
        assertThat(said).startsWith("SAVED ");

        try (LocalStore reopened = LocalStore.open(dataDir)) {
            Promise promise = reopened.promises().find(UUID.fromString(said.substring(6))).orElseThrow();
            assertThat(promise.lines()).hasSize(1);
            assertThat(promise.lines().get(0).quantity()).isEqualTo(42);
            assertThat(reopened.outbox().pendingCount()).isGreaterThanOrEqualTo(1);
        }
    }
}
