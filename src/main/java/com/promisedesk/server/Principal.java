package com.promisedesk.server;

import java.util.regex.Pattern;

/**
 * Who a token belongs to. Roles: {@code rep}, {@code catalog-owner}, {@code approver:ROLE}
 * (ROLE as the catalog's policy names approvers, e.g. {@code approver:sales-lead}),
 * {@code manager} (the team's figures in the web console) and {@code admin} (IT: people,
 * tokens and the audit list in the web console, and the team's figures).
 */
public record Principal(String user, String role) {

    public static final String REP = "rep";
    public static final String CATALOG_OWNER = "catalog-owner";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";
    private static final String APPROVER = "approver:";
    private static final Pattern APPROVER_ROLE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,199}");

    /** Checks a user name and role as given to {@code token create}; the message says what is wrong. */
    public static Principal of(String user, String role) {
        if (user == null || !USER.matcher(user).matches()) {
            throw new IllegalArgumentException("--user must be 1 to 200 letters, digits or . _ @ - (starting with a"
                    + " letter or digit); was \"" + user + "\"");
        }
        boolean known = REP.equals(role) || CATALOG_OWNER.equals(role) || MANAGER.equals(role) || ADMIN.equals(role)
                || (role != null && role.startsWith(APPROVER) && APPROVER_ROLE.matcher(role.substring(APPROVER.length())).matches());
        if (!known) {
            throw new IllegalArgumentException("--role must be rep, catalog-owner, manager, admin or approver:ROLE"
                    + " (such as approver:sales-lead); was \"" + role + "\"");
        }
        return new Principal(user, role);
    }

    public boolean isRep() {
        return REP.equals(role);
    }

    public boolean isCatalogOwner() {
        return CATALOG_OWNER.equals(role);
    }

    public boolean isManager() {
        return MANAGER.equals(role);
    }

    public boolean isAdmin() {
        return ADMIN.equals(role);
    }

    /** The approver role (sales-lead), or null for any other role. */
    public String approverRole() {
        return role.startsWith(APPROVER) ? role.substring(APPROVER.length()) : null;
    }
}
