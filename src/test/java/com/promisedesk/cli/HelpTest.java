package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.server.ServerCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command answers {@code --help} with its own usage, as the usage error's
 * "Try 'promisedesk … --help'" promises; the whole tree as the jar has it, with the
 * central store's {@code server} that {@code Main} adds (only a test may reach it from here).
 */
@Slow
class HelpTest {

    private static CommandLine commandLine(StringWriter out, StringWriter err) {
        CommandLine commandLine = PromiseDeskCommand.commandLine((dataDir, measure) -> OptionalLong.of(1234),
                new ServerCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine;
    }

    @Test
    void everyCommandAnswersHelpWithItsOwnUsage() {
        List<List<String>> paths = new ArrayList<>();
        collect(commandLine(new StringWriter(), new StringWriter()), new ArrayList<>(), paths);
        assertThat(paths).as("commands found").hasSizeGreaterThan(20)
                .contains(List.of("server", "token", "create"), List.of("sync"), List.of("promise", "milestone"));
        for (List<String> path : paths) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            List<String> args = new ArrayList<>(path);
            args.add("--help");

            int exit = commandLine(out, err).execute(args.toArray(String[]::new));

            assertThat(exit).as("exit of %s", args).isZero();
            assertThat(err.toString()).as("errors of %s", args).isEmpty();
            assertThat(out.toString()).as("help of %s", args)
                    .startsWith("Usage: " + String.join(" ", prefixed(path))).contains("-h, --help");
        }
    }

    @Test
    void eachCommandSaysWhatItsDataFolderHolds() {
        List<List<String>> paths = new ArrayList<>();
        paths.add(List.of());
        collect(commandLine(new StringWriter(), new StringWriter()), new ArrayList<>(), paths);
        for (List<String> path : paths) {
            StringWriter out = new StringWriter();
            List<String> args = new ArrayList<>(path);
            args.add("--help");

            commandLine(out, new StringWriter()).execute(args.toArray(String[]::new));

            String dataDir = optionText(out.toString(), "--data-dir=DIR");
            if (!path.isEmpty() && path.get(0).equals("server")) {
                assertThat(dataDir).as("--data-dir of %s", args).startsWith("Folder of the central store")
                        .contains("central-store.db");
            } else {
                assertThat(dataDir).as("--data-dir of %s", args).contains("the local store (promisedesk.db)")
                        .doesNotContain("central");
            }
        }
    }

    @Test
    void helpNamesACommand() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        assertThat(commandLine(out, err).execute("help", "sync")).isZero();

        assertThat(out.toString()).startsWith("Usage: promisedesk sync").contains("--server");
    }

    @Test
    void aUsageErrorPointsToAHelpThatWorks() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        assertThat(commandLine(out, err).execute("sync", "--no-such-option")).isEqualTo(PromiseDeskCommand.BAD_USAGE);

        assertThat(err.toString()).contains("Unknown option: '--no-such-option'")
                .contains("Try 'promisedesk sync --help'.");
        String suggested = err.toString().replaceAll("(?s).*Try 'promisedesk (.*)'\\..*", "$1");
        StringWriter help = new StringWriter();
        assertThat(commandLine(help, new StringWriter()).execute(suggested.split(" "))).isZero();
        assertThat(help.toString()).startsWith("Usage: promisedesk sync");
    }

    /** The description --help gives an option, its wrapped lines joined. */
    private static String optionText(String help, String option) {
        List<String> lines = help.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(option + " ");
            if (at >= 0) {
                String first = lines.get(i).substring(at + option.length());
                int column = at + option.length() + first.length() - first.stripLeading().length();
                StringBuilder text = new StringBuilder(first.strip());
                for (int j = i + 1; j < lines.size() && lines.get(j).length() > column
                        && lines.get(j).substring(0, column).isBlank(); j++) {
                    text.append(' ').append(lines.get(j).strip());
                }
                return text.toString();
            }
        }
        throw new AssertionError("no " + option + " in:\n" + help);
    }

    private static List<String> prefixed(List<String> path) {
        List<String> words = new ArrayList<>(List.of("promisedesk"));
        words.addAll(path);
        return words;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help") && sub.getCommandName().equals(name)) {  // each command once, not its aliases
                List<String> here = new ArrayList<>(path);
                here.add(name);
                paths.add(here);
                collect(sub, here, paths);
            }
        });
    }
}
