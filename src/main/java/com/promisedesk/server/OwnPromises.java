package com.promisedesk.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** What a rep pushes or reads about a promise (revisions, milestones) must be about a promise of their own. */
final class OwnPromises {

    private OwnPromises() {
    }

    /**
     * 409 when the central store has no such promise of the rep's. Another rep's promise gets the
     * same answer, word for word, so that no answer tells a rep which promise ids exist.
     */
    static void require(Connection connection, String user, UUID promiseId, String field) throws SQLException {
        if (!known(connection, user, promiseId)) {
            throw new ApiError(409, "unknown_promise", field + ": " + notFoundOrNotYours(promiseId)
                    + "; push the promise first", field);
        }
    }

    /** The words for a promise that is not there or is another rep's: the same for both. */
    static String notFoundOrNotYours(UUID promiseId) {
        return "promise " + promiseId + " not found or not yours";
    }

    /** Whether the central store has the promise as one of {@code user}'s; another rep's is as good as absent. */
    static boolean known(Connection connection, String user, UUID promiseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT owner FROM promise WHERE id = ?")) {
            select.setString(1, promiseId.toString());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return false;
                }
                return rows.getString(1).equals(user);
            }
        }
    }

    /** The {@code promise} query parameter: a promise id, or 400. */
    static UUID param(String text) {
        return JsonFields.uuid(text == null ? null : com.fasterxml.jackson.databind.node.TextNode.valueOf(text), "promise");
    }

    /** Only a rep pushes and reads these. */
    static void requireRep(Principal principal, String what) {
        if (!principal.isRep()) {
            throw ApiError.forbidden("only a rep " + what + "; this token's role is " + principal.role());
        }
    }
}
