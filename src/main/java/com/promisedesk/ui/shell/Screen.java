package com.promisedesk.ui.shell;

/** The screens of the navigation rail, in its order, with their keyboard shortcuts. */
public enum Screen {
    PROMISES("Promises", "Ctrl+1"),
    CATALOG("Catalog", "Ctrl+2"),
    APPROVALS("Approvals", "Ctrl+3"),
    SYNC("Sync", "Ctrl+4");

    private final String title;
    private final String shortcut;

    Screen(String title, String shortcut) {
        this.title = title;
        this.shortcut = shortcut;
    }

    public String title() {
        return title;
    }

    public String shortcut() {
        return shortcut;
    }
}
