package com.promisedesk.server;

import com.promisedesk.server.console.AccessView;
import com.promisedesk.server.console.ConsoleTime;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tokens as IT reads them on the Access page: grouped by person, people by name, each one's
 * newest token first. "Last seen" is the later of the token's last API request and its latest
 * console page ({@code console_session.last_seen}; a session ended at sign-out is forgotten).
 */
final class AccessPeople {

    private final ServerDatabase database;

    AccessPeople(ServerDatabase database) {
        this.database = database;
    }

    AccessView view(List<Tokens.TokenRow> rows, String currentToken, AccessView.Form form, String flash)
            throws SQLException {
        Map<String, String> inConsole = inConsole();
        Map<String, List<Tokens.TokenRow>> byUser = new TreeMap<>(String.CASE_INSENSITIVE_ORDER.thenComparing(u -> u));
        for (Tokens.TokenRow row : rows) {
            byUser.computeIfAbsent(row.user(), u -> new ArrayList<>()).add(row);
        }
        List<AccessView.Person> people = new ArrayList<>();
        byUser.forEach((user, tokens) -> people.add(new AccessView.Person(user,
                tokens.stream().filter(t -> t.revokedAt() == null).count(),
                tokens.stream().sorted(Comparator.comparing(Tokens.TokenRow::createdAt).reversed())
                        .map(t -> line(t, currentToken, inConsole.get(t.id()))).toList())));
        long live = rows.stream().filter(t -> t.revokedAt() == null).count();
        return new AccessView(people, live, form, flash);
    }

    AccessView.TokenLine line(Tokens.TokenRow row, String currentToken) throws SQLException {
        return line(row, currentToken, inConsole().get(row.id()));
    }

    private static AccessView.TokenLine line(Tokens.TokenRow row, String currentToken, String inConsole) {
        // Both are stored with a fixed-width fraction, so the later one is the greater text.
        String lastSeen = inConsole == null || (row.lastSeen() != null && row.lastSeen().compareTo(inConsole) >= 0)
                ? row.lastSeen() : inConsole;
        return new AccessView.TokenLine(row.id(), row.role(), row.email(), ConsoleTime.of(row.createdAt(), "?"),
                ConsoleTime.of(lastSeen, "never"), ConsoleTime.of(row.lastSync(), "never"),
                row.revokedAt() == null ? null : ConsoleTime.of(row.revokedAt(), "?"), row.id().equals(currentToken));
    }

    /** Each token's latest console page, by token id. */
    private Map<String, String> inConsole() throws SQLException {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT token_id, MAX(last_seen) FROM console_session GROUP BY token_id");
                 ResultSet rows = select.executeQuery()) {
                Map<String, String> latest = new HashMap<>();
                while (rows.next()) {
                    latest.put(rows.getString(1), rows.getString(2));
                }
                return latest;
            }
        });
    }
}
