package com.promisedesk.cli;

import java.nio.file.Path;

/** Opens the desktop app; given to the command line by the launcher so that cli never imports JavaFX. */
@FunctionalInterface
public interface DesktopLauncher {

    /**
     * Opens the main window and returns when it closes.
     *
     * @param dataDir        the local store's folder
     * @param measureStartup print {@code first-frame-ms N} once the first frame is shown, then exit
     */
    void launch(Path dataDir, boolean measureStartup);
}
