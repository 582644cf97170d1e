/**
 * The main window around the screens: the navigation rail ({@link com.promisedesk.ui.shell.Screen},
 * with each screen's key), the content, and the status bar (catalog version, changes waiting
 * to sync, last sync), and {@link com.promisedesk.ui.shell.DesktopApp}, which opens it and builds
 * every screen. No screen imports this package, so the screens and the shell form no cycle.
 */
package com.promisedesk.ui.shell;
