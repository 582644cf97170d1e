package com.promisedesk;

import com.promisedesk.cli.DesktopLauncher;
import com.promisedesk.cli.PromiseDeskCommand;
import com.promisedesk.server.ServerCommand;
import com.promisedesk.ui.shell.DesktopApp;
import com.promisedesk.ui.shell.EarlyStart;

/**
 * The jar's entry point. It is deliberately not a JavaFX {@code Application}: a fat
 * jar whose main class extends {@code Application} refuses to start on the class path.
 * It wires the desktop app and the central store's command into the command line,
 * which decides what to run (neither layer may be imported by cli).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // The app's window starts on a thread of its own while the command line is read.
        DesktopLauncher desktop = PromiseDeskCommand.opensDesktop(args) ? EarlyStart.begin()::open : DesktopApp::open;
        System.exit(PromiseDeskCommand.run(args, desktop, new ServerCommand()));
    }
}
