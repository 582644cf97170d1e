package com.promisedesk.server;

import com.promisedesk.server.console.AccessView;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Access page's make-a-token form, checked by the very rules {@code server token create}
 * applies ({@link Principal#of}, {@link Tokens#wrongEmail}, {@link ConnectionCodes#wrongAddress}),
 * each problem said in the form's words next to its field. The address is only used (and so
 * only checked) for a rep: it goes into the app's connection code, which only reps use.
 */
final class TokenForm {

    static final String APPROVER = "approver";

    private final AccessView.Form typed;

    TokenForm(String user, String role, String approverRole, String email, String address, String once) {
        this.typed = checked(trimmed(user), trimmed(role), trimmed(approverRole), trimmed(email), trimmed(address), once);
    }

    AccessView.Form view() {
        return typed;
    }

    boolean fine() {
        return typed.errors().isEmpty();
    }

    /** The token's person and role; only for a form that is {@link #fine()}. */
    Principal principal() {
        return Principal.of(typed.user(), fullRole());
    }

    /** The address for a rep's connection code, or null (no address given, or not a rep). */
    String address() {
        return Principal.REP.equals(typed.role()) && !typed.address().isEmpty() ? typed.address() : null;
    }

    String email() {
        return typed.email().isEmpty() ? null : typed.email();
    }

    private String fullRole() {
        return APPROVER.equals(typed.role()) ? "approver:" + typed.approverRole() : typed.role();
    }

    private static AccessView.Form checked(String user, String role, String approverRole, String email, String address,
                                           String once) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            Principal.of(user, Principal.REP);
        } catch (IllegalArgumentException e) {
            errors.put("user", user.isEmpty() ? "Give the person's user name, such as anna or lena.berg."
                    : "The user name " + e.getMessage().substring("--user ".length())
                    .replace("\"" + user + "\"", quoted(user)));
        }
        boolean known = java.util.List.of(Principal.REP, Principal.CATALOG_OWNER, Principal.MANAGER, Principal.ADMIN,
                APPROVER).contains(role);
        if (!known) {
            errors.put("role", "Choose a role: rep, catalog owner, manager, admin or approver.");
        } else if (APPROVER.equals(role)) {
            String problem = approverProblem(approverRole);
            if (problem != null) {
                errors.put("approverRole", problem);
            }
        }
        String wrongEmail = Tokens.wrongEmail(email, "This");
        if (wrongEmail != null) {
            errors.put("email", wrongEmail + ".");
        }
        if (Principal.REP.equals(role) && !address.isEmpty()) {
            String wrongAddress = ConnectionCodes.wrongAddress(address);
            if (wrongAddress != null) {
                String why = wrongAddress.substring("--address: ".length());
                errors.put("address", Character.toUpperCase(why.charAt(0)) + why.substring(1));
            }
        }
        return new AccessView.Form(user, role, approverRole, email, address, once, errors);
    }

    private static String approverProblem(String approverRole) {
        if (approverRole.isEmpty()) {
            return "An approver needs the role they decide for, as the catalog's policy names it (such as sales-lead).";
        }
        try {
            Principal.of("someone", "approver:" + approverRole);
            return null;
        } catch (IllegalArgumentException e) {
            return "The approver role must be 1 to 64 lower-case letters, digits or - (such as sales-lead), as the"
                    + " catalog's policy names it; was " + quoted(approverRole) + ".";
        }
    }

    /**
     * What was typed, as it is quoted back: cut to a readable length, and isolated (U+2068 …
     * U+2069) so that a right-to-left override in it cannot turn the words after it around.
     */
    private static String quoted(String typed) {
        if (typed.length() <= 80) {
            return "\"\u2068" + typed + "\u2069\"";
        }
        return "\"\u2068" + typed.substring(0, 80) + "…\u2069\"" + String.format(java.util.Locale.ENGLISH,
                " (%,d characters)", typed.length());
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
