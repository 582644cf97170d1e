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

    /** 403 when the promise is another rep's; 409 when the central store has no such promise. */
    static void require(Connection connection, String user, UUID promiseId, String field) throws SQLException {
        if (!known(connection, user, promiseId)) {
            throw new ApiError(409, "unknown_promise", field + ": the central store has no promise " + promiseId
                    + "; push the promise first", field);
        }
    }

    /** Whether the central store has the promise; 403 when it is another rep's. */
    static boolean known(Connection connection, String user, UUID promiseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT owner FROM promise WHERE id = ?")) {
            select.setString(1, promiseId.toString());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return false;
                }
                if (!rows.getString(1).equals(user)) {
                    throw ApiError.forbidden("promise " + promiseId + " belongs to another rep");
                }
                return true;
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
