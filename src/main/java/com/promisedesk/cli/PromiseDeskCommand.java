package com.promisedesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code promisedesk}: with no subcommand, opens the desktop app. */
// INHERIT: every subcommand, also those added by Main, answers --help (and --version).
@Command(name = "promisedesk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "Promise exactly what the company can deliver, and put it in writing.",
        subcommands = {AppCommand.class, CheckCommand.class, ExportCommand.class, CatalogCommand.class,
                PromiseCommand.class, NoticeCommand.class, SyncCommand.class, ConflictsCommand.class, RequestsCommand.class,
                LocalStoreCommand.class, CommandLine.HelpCommand.class})
public final class PromiseDeskCommand implements Callable<Integer> {

    /** Exit code for bad input data (sysexits EX_DATAERR). */
    public static final int BAD_DATA = 65;
    /** Exit code for bad command-line usage (sysexits EX_USAGE). */
    public static final int BAD_USAGE = 64;

    /** What {@code promisedesk --help} lists under "Exit codes", as the README does (ReadmeExitCodesTest). */
    private static final Map<String, String> EXIT_CODES = exitCodes();

    private final DesktopLauncher desktop;
    private final Clock clock;

    // The server's commands describe it as the central store's folder (server/ServerHelp.properties, same key).
    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "data-dir",
            description = "Your data folder: the local store (promisedesk.db), profile.properties and the"
                    + " remembered sync server and token (default: the OS's per-user data folder).",
            scope = CommandLine.ScopeType.INHERIT)
    Path dataDir;

    @Option(names = "--verbose", description = "On failure, print the details (the causes, with their stack trace)"
            + " after the plain message.", scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    PromiseDeskCommand(DesktopLauncher desktop, Clock clock) {
        this.desktop = desktop;
        this.clock = clock;
    }

    DesktopLauncher desktop() {
        return desktop;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return AppLaunch.open(desktop, DataDir.resolve(dataDir), false, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    Path dataDir() {
        return DataDir.resolve(dataDir);
    }

    /** Whether {@code args} open the desktop app on a screen (a cheap guess before parsing: see AppLaunch). */
    public static boolean opensDesktop(String[] args) {
        return AppLaunch.opensWindow(args);
    }

    /** The one clock every command reads today from (T, the issue date): the local clock, or a test's. */
    Clock clock() {
        return clock;
    }

    /**
     * Parses {@code args}, runs the chosen command and returns its exit code.
     *
     * @param more further subcommands from layers the command line may not import
     *             (the central store's {@code server}), added by {@code Main}
     */
    public static int run(String[] args, DesktopLauncher desktop, Object... more) {
        CommandLine commandLine = commandLine(desktop, more);
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return exitCode;
    }

    /** The command line by the local clock, ready to execute; tests set its out and err writers. */
    static CommandLine commandLine(DesktopLauncher desktop, Object... more) {
        // The one place the command line picks its clock: today by the local clock and zone.
        return commandLine(Clock.systemDefaultZone(), desktop, more);
    }

    /** The command line reading today from {@code clock}, ready to execute (a test passes a fixed one). */
    static CommandLine commandLine(Clock clock, DesktopLauncher desktop, Object... more) {
        CommandLine commandLine = new CommandLine(new PromiseDeskCommand(desktop, clock));
        for (Object subcommand : more) {
            commandLine.addSubcommand(subcommand);
        }
        // After the subcommands: picocli gives a converter to the commands there are when it is registered.
        Values.register(commandLine);
        commandLine.setParameterExceptionHandler(new Values.BadUsage());
        commandLine.setExecutionExceptionHandler(new Failures());
        // Set here, not in @Command: every subcommand would inherit the list ("69 no screen" on server token list).
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES);
        return commandLine;
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "done");
        codes.put(String.valueOf(BAD_USAGE), "bad usage: an unknown option, a missing or wrong value");
        codes.put(String.valueOf(BAD_DATA), "bad data: the message names the file, line, field and why");
        codes.put(String.valueOf(AppLaunch.NO_DISPLAY), "the desktop app has no screen to open on (the command line works)");
        codes.put(String.valueOf(Failures.INTERNAL), "a fault of ours (details in the log)");
        codes.put(String.valueOf(Failures.STORE_FAILED), "the local store (for server: its database) could not be read or"
                + " written");
        codes.put(String.valueOf(Failures.TRY_AGAIN), "network or server trouble: run again, nothing was lost");
        codes.put(String.valueOf(Failures.REFUSED), "the central store refused the token");
        return codes;
    }
}
