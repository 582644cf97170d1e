package com.promisedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Opens the desktop app, or says plainly why it cannot: a server or a terminal over SSH has
 * no display, and the toolkit's own answer ("Unable to open DISPLAY", with a stack trace) is
 * no help to whoever typed the command.
 */
final class AppLaunch {

    /** There is no display to open a window on (sysexits EX_UNAVAILABLE). */
    static final int NO_DISPLAY = 69;

    private AppLaunch() {
    }

    /** Opens the app; returns the exit code. */
    static int open(DesktopLauncher desktop, Path dataDir, boolean measureStartup, PrintWriter out, PrintWriter err) {
        if (!displayPossible(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"))) {
            return noDisplay(err, "DISPLAY is not set");
        }
        OptionalLong firstFrame;
        try {
            firstFrame = desktop.launch(dataDir, measureStartup);
        } catch (UnsupportedOperationException e) {
            // What the toolkit throws when the display it was given does not answer.
            if (e.getMessage() != null && e.getMessage().contains("DISPLAY")) {
                return noDisplay(err, "the display " + System.getenv().getOrDefault("DISPLAY", "") + " does not answer");
            }
            throw e;
        }
        firstFrame.ifPresent(ms -> out.println("first-frame-ms " + ms));
        return 0;
    }

    /**
     * Whether a window could be shown: on Linux and other X11/Wayland systems only with a
     * display named in the environment; Windows and macOS always have one; JavaFX's headless
     * platform (Monocle) needs none.
     */
    static boolean displayPossible(Map<String, String> env, String osName, String glassPlatform) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if ("Monocle".equalsIgnoreCase(glassPlatform) || os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    /**
     * Whether {@code args} will open the desktop app on a screen, read without picocli (whose
     * model of every command takes a few hundred milliseconds to build), so that the window can
     * be laid out meanwhile. A wrong guess costs only time: the command line still decides.
     */
    static boolean opensWindow(String[] args) {
        return displayPossible(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"))
                && choosesApp(args);
    }

    /** Whether the command line runs {@code app} (named, or by default), neither asking for help nor the version. */
    static boolean choosesApp(String[] args) {
        int first = 0;
        while (first < args.length) {
            if (args[first].equals("--data-dir")) {
                first += 2;
            } else if (args[first].startsWith("--data-dir=") || args[first].equals("--verbose")) {
                first++;
            } else {
                break;
            }
        }
        if (first < args.length && !args[first].equals("app")) {
            return false;
        }
        return java.util.Arrays.stream(args).noneMatch(arg -> arg.equals("-h") || arg.equals("--help")
                || arg.equals("-V") || arg.equals("--version"));
    }

    private static int noDisplay(PrintWriter err, String why) {
        err.println("error: there is no screen to open the desktop app on (" + why + ").");
        err.println("The command line works without one: check, export, promise, sync and server; "
                + "'promisedesk --help' lists them.");
        return NO_DISPLAY;
    }
}
