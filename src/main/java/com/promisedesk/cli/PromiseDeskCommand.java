package com.promisedesk.cli;

import java.nio.file.Path;
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
                PromiseCommand.class, SyncCommand.class, ConflictsCommand.class, RequestsCommand.class,
                CommandLine.HelpCommand.class})
public final class PromiseDeskCommand implements Callable<Integer> {

    /** Exit code for bad input data (sysexits EX_DATAERR). */
    public static final int BAD_DATA = 65;
    /** Exit code for bad command-line usage (sysexits EX_USAGE). */
    public static final int BAD_USAGE = 64;

    private final DesktopLauncher desktop;

    @Option(names = "--data-dir", description = "Folder of the local store; for server, of central-store.db"
            + " (default: the OS's per-user data folder).",
            scope = CommandLine.ScopeType.INHERIT)
    Path dataDir;

    @Option(names = "--verbose", description = "On failure, print the details (the causes, with their stack trace)"
            + " after the plain message.", scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    PromiseDeskCommand(DesktopLauncher desktop) {
        this.desktop = desktop;
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

    /** The command line, ready to execute; tests set its out and err writers. */
    static CommandLine commandLine(DesktopLauncher desktop, Object... more) {
        CommandLine commandLine = new CommandLine(new PromiseDeskCommand(desktop));
        for (Object subcommand : more) {
            commandLine.addSubcommand(subcommand);
        }
        Values.register(commandLine);
        commandLine.setParameterExceptionHandler(Values::badUsage);
        commandLine.setExecutionExceptionHandler(new Failures());
        return commandLine;
    }
}
