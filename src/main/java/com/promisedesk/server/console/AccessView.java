package com.promisedesk.server.console;

import java.util.List;
import java.util.Map;

/**
 * What the Access page shows IT: the people with their tokens (never a token itself), the
 * form that makes a token, and what the last revoke did. Text only; the template escapes it.
 *
 * @param flash what the last revoke did, or null
 */
public record AccessView(List<Person> people, long liveTokens, Form form, String flash) {

    /** One person (a token's user) and every token made for them, newest first. */
    public record Person(String user, long live, List<TokenLine> tokens) {

        /** The id of the person's block on the page (user names hold only letters, digits and . _ @ -). */
        public String anchor() {
            return "p-" + user;
        }
    }

    /**
     * A token as IT reads it. Times are "Mon 23 Nov 2026 09:00 UTC" or "never".
     *
     * @param revoked when it was revoked, or null while it is live
     * @param yours   whether the signed-in person's session was opened with it
     */
    public record TokenLine(String id, String role, String email, String created, String lastSeen, String lastSync,
                            String revoked, boolean yours) {

        public boolean live() {
            return revoked == null;
        }

        public String roleName() {
            return AccessView.roleName(role);
        }
    }

    /**
     * The make-a-token form as typed, with what is wrong per field ({@code user}, {@code role},
     * {@code approverRole}, {@code email}, {@code address}). {@code once} marks this form, so
     * sending it twice (a reload of the page that showed the token) makes no second token.
     */
    public record Form(String user, String role, String approverRole, String email, String address, String once,
                       Map<String, String> errors) {

        public String error(String field) {
            return errors.get(field);
        }

        public boolean wrong(String field) {
            return errors.containsKey(field);
        }

        /** The id of the field's message, for aria-describedby; null when the field is fine. */
        public String problemId(String field) {
            return wrong(field) ? field + "-problem" : null;
        }

        public boolean chosen(String value) {
            return value.equals(role);
        }
    }

    /**
     * A token just made, shown once: {@code code} is the app's connection code (a rep's token
     * with an address), else null; {@code address} the console's address for other roles.
     */
    public record Created(String id, String user, String role, String token, String code, String address) {

        public String roleName() {
            return AccessView.roleName(role);
        }
    }

    /** The confirm step of a revoke: which token, and what revoking it means here. */
    public record Revoke(String user, TokenLine token, boolean lastAdmin) {
    }

    /** The role as a person says it: "sales-lead approver", "catalog owner". */
    public static String roleName(String role) {
        return role.startsWith("approver:") ? role.substring("approver:".length()) + " approver" : role.replace('-', ' ');
    }
}
