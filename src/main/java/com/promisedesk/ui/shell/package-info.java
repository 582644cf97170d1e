/**
 * The main window around the screens: the navigation rail ({@link com.promisedesk.ui.shell.Screen},
 * with each screen's key), the content, and the status bar (catalog version, changes waiting
 * to sync, last sync).
 */
package com.promisedesk.ui.shell;
