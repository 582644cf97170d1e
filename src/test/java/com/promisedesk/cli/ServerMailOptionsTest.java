package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code server} with mail options that cannot work stops before it opens anything, with one
 * line naming the option and its environment variable, and exit 64 (bad usage). The password
 * has no option at all: given as one, it is an unknown option.
 */
class ServerMailOptionsTest {

    @TempDir
    Path dir;

    @Test
    void aMailHostWithoutASenderIsRefusedInOneLine() {
        Run run = server("--mail-host", "smtp.example.com", "--console-address", "https://promises.example.com");
        assertThat(run.exit()).isEqualTo(64);
        assertThat(run.err()).isEqualTo("error: --mail-from (or PROMISEDESK_MAIL_FROM) is needed with a mail host: the"
                + " address notices come from, e.g. promisedesk@example.com\n");
        assertThat(dir.resolve("central-store.db")).as("nothing is opened").doesNotExist();
    }

    @Test
    void aMailUserNeedsThePasswordFromTheEnvironmentNeverAnOption() {
        Run withoutPassword = server("--mail-host", "smtp.example.com", "--mail-user", "desk", "--mail-from",
                "desk@example.com", "--console-address", "https://promises.example.com");
        assertThat(withoutPassword.exit()).isEqualTo(64);
        assertThat(withoutPassword.err()).contains("PROMISEDESK_MAIL_PASSWORD (never on the command line)");

        Run asOption = server("--mail-host", "smtp.example.com", "--mail-password", "s3cret");
        assertThat(asOption.exit()).isEqualTo(64);
        assertThat(asOption.err()).contains("'--mail-password'").doesNotContain("at com.");
    }

    private record Run(int exit, String err) {
    }

    private Run server(String... options) {
        CommandLine cli = ReadmeCommandTableTest.jarCommandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        String[] args = new String[options.length + 5];
        args[0] = "--data-dir";
        args[1] = dir.toString();
        args[2] = "server";
        args[3] = "--port";
        args[4] = "0";
        System.arraycopy(options, 0, args, 5, options.length);
        return new Run(cli.execute(args), err.toString().replace(System.lineSeparator(), "\n"));
    }
}
