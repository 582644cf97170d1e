package com.promisedesk.server.console;

import java.util.function.Predicate;

/**
 * A part of the console and the roles that may open it. The navigation shows a person only
 * their sections, and every page of a section refuses everyone else (403). The catalog, team
 * and access pages of issue 18 are further sections.
 */
public record Section(String name, String path, Predicate<String> forRole) {

    /** Every approver role ({@code approver:sales-lead}, {@code approver:product} …). */
    public static final Section APPROVALS = new Section("Approvals", "/console/approvals",
            role -> role.startsWith("approver:"));

    /** Managers, and IT (admin): the team's figures, no customer contents (docs/decisions/0019). */
    public static final Section TEAM = new Section("Team", "/console/team",
            role -> role.equals("manager") || role.equals("admin"));
    /** The catalog owner: the published versions, an upload's preview, Publish. */
    public static final Section CATALOG = new Section("Catalog", "/console/catalog", "catalog-owner"::equals);
    /** IT: people, their tokens and the audit list. */
    public static final Section ACCESS = new Section("Access", "/console/access", "admin"::equals);

    public boolean isFor(String role) {
        return role != null && forRole.test(role);
    }
}
