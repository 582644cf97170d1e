package com.promisedesk.ui.shell;

/**
 * The screens of the navigation rail, in its order, with their keyboard shortcuts; then the
 * screens off the rail (no shortcut), reached from another screen: Connect, from the first run
 * and the Sync screen.
 */
public enum Screen {
    PROMISES("Promises", "Ctrl+1"),
    CATALOG("Catalog", "Ctrl+2"),
    APPROVALS("Approvals", "Ctrl+3"),
    SYNC("Sync", "Ctrl+4"),
    CONNECT("Connect", null);

    private final String title;
    private final String shortcut;

    Screen(String title, String shortcut) {
        this.title = title;
        this.shortcut = shortcut;
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
