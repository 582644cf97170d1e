package com.promisedesk.server.console;

import java.util.List;
import java.util.Map;

/**
 * "Who did what": one page of the audit list, newest first, each entry in plain words.
 *
 * @param page  counted from 1
 * @param older whether a further page holds older entries
 */
public record AuditView(List<Line> lines, int page, boolean older, int perPage) {

    /** One entry: when, who, what they did, to what, and how ("sales-lead: approved · Fine"); detail may be "". */
    public record Line(String when, String who, String what, String onWhat, String detail) {
    }

    /**
     * One recorded entry in words. {@code owners} names each token's person and role by the
     * token's id ("anna (rep)"), so a revoke says whose token it was.
     */
    public static Line line(String when, String actor, String action, String subject, String detail,
                            Map<String, String> owners) {
        String how = detail == null ? "" : detail;
        return switch (action) {
            case "sign-in" -> new Line(when, actor, "signed in to the console", "the console", how);
            case "decision" -> new Line(when, actor, "decided on an exception request",
                    "request " + shortId(subject), how);
            case "publish" -> new Line(when, actor, "published a catalog", "catalog version " + subject, how);
            case "token-created" -> new Line(when, actor, "made a token", tokenOf(subject, how, owners), "");
            case "token-revoked" -> new Line(when, actor, "revoked a token", tokenOf(subject, "", owners), how);
            default -> new Line(when, actor, action.replace('-', ' '), subject, how);
        };
    }

    /** "token 3f9a1c22b7e0 of anna (rep)"; the owner from the entry itself or from the tokens known now. */
    private static String tokenOf(String id, String owner, Map<String, String> owners) {
        String whose = owner.isEmpty() ? owners.getOrDefault(id, "") : owner;
        return "token " + id + (whose.isEmpty() ? "" : " of " + whose);
    }

    /** A request's id as the command line's lists print it: its first 8 characters. */
    private static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }
}
