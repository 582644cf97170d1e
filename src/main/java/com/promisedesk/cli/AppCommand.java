package com.promisedesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code promisedesk app}: opens the desktop app. */
@Command(name = "app", description = "Open the desktop app.")
final class AppCommand implements Callable<Integer> {

    @ParentCommand
    PromiseDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--measure-startup",
            description = "Open the main window, print first-frame-ms N (JVM start to first shown frame) and exit.")
    boolean measureStartup;

    @Override
    public Integer call() {
        return AppLaunch.open(root.desktop(), root.dataDir(), measureStartup, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
