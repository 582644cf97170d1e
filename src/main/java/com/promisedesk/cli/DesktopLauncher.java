package com.promisedesk.cli;

import java.nio.file.Path;
import java.util.OptionalLong;

/** Opens the desktop app; given to the command line by the launcher so that cli never imports JavaFX. */
@FunctionalInterface
public interface DesktopLauncher {

    /**
     * Opens the main window and returns when it closes.
     *
     * @param dataDir        the local store's folder
     * @param measureStartup close the window as soon as its first frame is shown
     * @return when measuring, milliseconds from JVM start to the first shown frame
     */
    OptionalLong launch(Path dataDir, boolean measureStartup);
}
