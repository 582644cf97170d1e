package com.promisedesk.ui.shell;

/**
 * The screens of the navigation rail, in its order, with their keyboard shortcuts; then the
 * screens off the rail (no shortcut), reached from another screen: Connect, from the first run
 * and the Sync screen.
 */
public enum Screen {
    TODAY("Today", "Ctrl+0", "Shortcut+0"),
    PROMISES("Promises", "Ctrl+1", "Shortcut+1"),
    CATALOG("Catalog", "Ctrl+2", "Shortcut+2"),
    APPROVALS("Approvals", "Ctrl+3", "Shortcut+3"),
    SYNC("Sync", "Ctrl+4", "Shortcut+4"),
    SETTINGS("Settings", "Ctrl+,", "Shortcut+Comma"),
    CONNECT("Connect", null, null);


    private final String title;
    private final String shortcut;
    private final String keys;

    Screen(String title, String shortcut, String keys) {
        this.title = title;
        this.shortcut = shortcut;
        this.keys = keys;
    }

    /** The key combination, as JavaFX's {@code KeyCombination.keyCombination} reads it. */
    public String keys() {
        return keys;
    }

    public String title() {
        return title;
    }

    /** Its key on the rail, or null for a screen off the rail. */
    public String shortcut() {
        return shortcut;
    }

    public boolean onRail() {
        return shortcut != null;
    }
}
