package com.promisedesk;

import com.promisedesk.cli.PromiseDeskCommand;
import com.promisedesk.server.ServerCommand;
import com.promisedesk.ui.shell.DesktopApp;

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
        System.exit(PromiseDeskCommand.run(args, DesktopApp::open, new ServerCommand()));
    }
}
