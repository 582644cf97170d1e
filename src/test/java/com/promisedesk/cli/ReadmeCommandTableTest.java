package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.cli.ReadmeCommandTable.Mention;
import com.promisedesk.cli.ReadmeCommandTable.Row;
import com.promisedesk.server.ServerCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README's command table says what {@code --help} says: every command of the jar's tree
 * (with the central store's {@code server}, as {@code Main} adds it) has a row, every option
 * of it is named there, with a value where it takes one and none where it does not, and the
 * table names no option that does not exist. Each failure says which row to fix.
 */
class ReadmeCommandTableTest {

    private static List<String> readme;
    private static List<Row> rows;
    private static Map<List<String>, CommandLine> commands;

    @BeforeAll
    static void read() throws IOException {
        readme = Files.readAllLines(Path.of("README.md"));
        rows = ReadmeCommandTable.rows(readme);
        commands = new LinkedHashMap<>();
        collect(jarCommandLine(), new ArrayList<>());
    }

    static CommandLine jarCommandLine() {
        return PromiseDeskCommand.commandLine((dataDir, measure) -> OptionalLong.of(1234), new ServerCommand());
    }

    @Test
    void everyCommandHasARowNamingEachOfItsOptions() {
        assertThat(commands.keySet()).as("commands that run").hasSizeGreaterThan(20)
                .contains(List.of(), List.of("sync"), List.of("server"), List.of("server", "token", "list"));
        List<String> problems = new ArrayList<>();
        commands.forEach((path, command) -> {
            String name = signature(path);
            List<Row> documenting = rowsOf(path);
            if (documenting.isEmpty()) {
                problems.add("no row of the command table begins with `" + name + " …`");
                return;
            }
            long required = command.getCommandSpec().positionalParameters().stream()
                    .filter(p -> p.arity().min() > 0 && !p.hidden()).count();
            if (documenting.stream().noneMatch(row -> row.signatures().stream()
                    .anyMatch(s -> path.equals(path(s)) && parameters(s, path) >= required))) {
                problems.add("the row of `" + name + "` shows fewer than the " + required + " parameters --help lists ("
                        + command.getCommandSpec().positionalParameters().stream().map(p -> p.paramLabel()).toList() + ")");
            }
            List<Mention> mentions = documenting.stream().flatMap(row -> row.mentions().stream()).toList();
            for (OptionSpec option : ownOptions(command.getCommandSpec())) {
                String option1 = option.longestName();
                List<Mention> named = mentions.stream().filter(m -> m.name().equals(option1)).toList();
                if (named.isEmpty()) {
                    problems.add("the row of `" + name + "` does not name " + option1 + " (--help lists it)");
                } else if (takesValue(option) && named.stream().allMatch(m -> m.value() == null)) {
                    problems.add("the row of `" + name + "` shows no value for " + option1 + ", e.g. `" + option1 + " "
                            + option.paramLabel() + "`");
                } else if (!takesValue(option) && named.stream().anyMatch(m -> m.value() != null)) {
                    problems.add("the row of `" + name + "` shows a value for " + option1 + ", which takes none");
                }
                named.stream().filter(m -> m.value() != null && takesValue(option))
                        .forEach(m -> wrongValues(option, m.value()).forEach(v -> problems.add("the row of `" + name
                                + "` shows " + option1 + " " + v + ", which is not one of " + allowed(option))));
                if (takesValue(option) && option.paramLabel().startsWith("<")) {
                    problems.add("--help of `" + name + "` shows " + option1 + "=" + option.paramLabel()
                            + ": give it the paramLabel the README shows (e.g. FILE, URL, N)");
                } else if (takesValue(option) && named.stream().anyMatch(m -> m.value() != null)
                        && named.stream().noneMatch(m -> showsLikeHelp(option, m.value()))) {
                    problems.add("the row of `" + name + "` shows " + option1 + " with " + named.stream()
                            .map(Mention::value).toList() + ", --help with " + option.paramLabel()
                            + " (show that, the default, or values it accepts)");
                }
            }
        });
        assertThat(problems).as("README.md's command table against --help").isEmpty();
    }

    @Test
    void theTableNamesNoOptionThatDoesNotExist() {
        Set<String> everywhere = names(commands.get(List.of()).getCommandSpec().options());
        List<String> problems = new ArrayList<>();
        for (Row row : rows) {
            Set<String> known = new TreeSet<>(everywhere);
            List<List<String>> documented = row.signatures().stream().map(ReadmeCommandTableTest::path)
                    .filter(path -> path != null).toList();
            documented.forEach(path -> known.addAll(names(commands.get(path) == null ? List.of()
                    : commands.get(path).getCommandSpec().options())));
            for (Mention mention : row.mentions()) {
                if (!known.contains(mention.name())) {
                    problems.add("README.md line " + row.line() + " names " + mention.name() + ", which "
                            + documented.stream().map(ReadmeCommandTableTest::signature).toList() + " do not have");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCommandLineInTheReadmeIsOneTheJarAccepts() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            int jar = line.indexOf("promisedesk.jar ");
            if (jar < 0 || line.startsWith("|")) {
                continue;
            }
            String args = line.substring(jar + "promisedesk.jar ".length()).replaceAll("\\s+#.*$", "");
            try {
                jarCommandLine().parseArgs(Shell.words(args).toArray(String[]::new));
            } catch (CommandLine.ParameterException e) {
                problems.add("README.md line " + (i + 1) + ": " + e.getMessage());
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Splits a command line as a POSIX shell would for the README's examples: spaces, '…' and "…". */
    static final class Shell {

        static List<String> words(String line) {
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            char quote = 0;
            for (char c : line.toCharArray()) {
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        word.append(c);
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                    word = word == null ? new StringBuilder() : word;
                } else if (Character.isWhitespace(c)) {
                    if (word != null) {
                        words.add(word.toString());
                    }
                    word = null;
                } else {
                    word = (word == null ? new StringBuilder() : word).append(c);
                }
            }
            if (word != null) {
                words.add(word.toString());
            }
            return words;
        }
    }

    /** The rows whose first cell names {@code path}. */
    private static List<Row> rowsOf(List<String> path) {
        return rows.stream().filter(row -> row.signatures().stream().anyMatch(s -> path.equals(path(s)))).toList();
    }

    /** The command a signature such as {@code promisedesk promise show ID} names, or null if it names none. */
    private static List<String> path(String signature) {
        List<String> words = List.of(signature.trim().split("\\s+"));
        if (!words.get(0).equals("promisedesk")) {
            return null;
        }
        CommandLine here = commands.get(List.of());
        List<String> path = new ArrayList<>();
        for (String word : words.subList(1, words.size())) {
            CommandLine sub = here.getSubcommands().get(word);
            if (sub == null) {
                break;
            }
            path.add(word);
            here = sub;
        }
        return commands.containsKey(path) ? path : null;
    }

    /** How many words a signature shows after the command, before its options: {@code ID N} gives 2. */
    private static int parameters(String signature, List<String> path) {
        List<String> words = List.of(signature.trim().split("\\s+"));
        int count = 0;
        for (String word : words.subList(1 + path.size(), words.size())) {
            if (word.startsWith("-") || word.startsWith("[")) {
                break;
            }
            count++;
        }
        return count;
    }

    /** The options --help shows for this command, but for --help, --version and what every command takes. */
    private static List<OptionSpec> ownOptions(CommandSpec spec) {
        return spec.options().stream()
                .filter(o -> !o.usageHelp() && !o.versionHelp() && !o.hidden() && !o.inherited()).toList();
    }

    private static boolean takesValue(OptionSpec option) {
        return option.arity().max() > 0;
    }

    /** What an option accepts when picocli knows (an enum, or a label such as {@code a4|letter}); else empty. */
    private static Set<String> allowed(OptionSpec option) {
        Set<String> values = new TreeSet<>();
        if (option.paramLabel().contains("|")) {
            values.addAll(List.of(option.paramLabel().toLowerCase(Locale.ROOT).split("\\|")));
        } else if (option.type().isEnum()) {
            for (Object constant : option.type().getEnumConstants()) {
                values.add(constant.toString().toLowerCase(Locale.ROOT));
            }
        }
        return values;
    }

    /** Whether the README shows the value as --help does: its label, its default, or only values it accepts. */
    private static boolean showsLikeHelp(OptionSpec option, String shown) {
        return shown != null && (shown.equals(option.paramLabel()) || shown.equals(option.defaultValue())
                || !allowed(option).isEmpty() && wrongValues(option, shown).isEmpty());
    }

    /** The alternatives of a shown value such as {@code text|json} that the option does not accept. */
    private static List<String> wrongValues(OptionSpec option, String shown) {
        Set<String> allowed = allowed(option);
        if (allowed.isEmpty()) {
            return List.of();
        }
        return List.of(shown.split("\\|")).stream().filter(v -> !allowed.contains(v.toLowerCase(Locale.ROOT))).toList();
    }

    private static Set<String> names(List<OptionSpec> options) {
        Set<String> names = new TreeSet<>();
        options.forEach(o -> names.addAll(List.of(o.names())));
        return names;
    }

    private static String signature(List<String> path) {
        return String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of("promisedesk"),
                path.stream()).toList());
    }

    /** Every command that runs (not a group such as {@code promise} that only holds others), by its path. */
    private static void collect(CommandLine command, List<String> path) {
        Object user = command.getCommandSpec().userObject();
        if (user instanceof Runnable || user instanceof java.util.concurrent.Callable) {
            commands.put(path, command);
        }
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help") && sub.getCommandName().equals(name)) {  // each command once, not its aliases
                List<String> here = new ArrayList<>(path);
                here.add(name);
                collect(sub, here);
            }
        });
    }
}
