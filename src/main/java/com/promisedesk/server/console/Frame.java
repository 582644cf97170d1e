package com.promisedesk.server.console;

import java.util.List;

/**
 * What the layout around every page needs: the title, who is signed in (null user on the
 * sign-in page), the session's CSRF token for the sign-out form, and the sections this
 * person may open.
 */
public record Frame(String title, String user, String role, String csrf, List<Link> links) {

    /** A section in the navigation; {@code current} marks the page shown. */
    public record Link(String name, String path, boolean current) {
    }

    public static Frame signedOut(String title) {
        return new Frame(title, null, null, null, List.of());
    }

    public boolean signedIn() {
        return user != null;
    }

    /** The role as a person says it: "sales-lead approver", "catalog owner". */
    public String roleName() {
        if (role == null) {
            return "";
        }
        return role.startsWith("approver:") ? role.substring("approver:".length()) + " approver" : role.replace('-', ' ');
    }
}
