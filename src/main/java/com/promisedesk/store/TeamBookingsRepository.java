package com.promisedesk.store;

import com.promisedesk.check.TeamBookings;
import com.promisedesk.jdbc.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * What the rest of the team has booked, summed per capability and ISO week (never another
 * rep's customers), as the last sync said; replaced whole by each pulled page that carries it.
 */
public final class TeamBookingsRepository {

    private final Transactions transactions;

    TeamBookingsRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    /** What the rest of the team had booked at the last sync. */
    public TeamBookings current() {
        return transactions.read("read the team's bookings", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT capability, iso_year, iso_week, quantity FROM team_booking")) {
                ResultSet rows = select.executeQuery();
                Map<TeamBookings.Key, Integer> booked = new HashMap<>();
                while (rows.next()) {
                    booked.put(new TeamBookings.Key(rows.getString(1), rows.getInt(2), rows.getInt(3)), rows.getInt(4));
                }
                return new TeamBookings(booked);
            }
        });
    }

    /** Replaces every booking with {@code bookings}, on the pulled page's connection. */
    static void replaceIn(Connection connection, TeamBookings bookings) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM team_booking")) {
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO team_booking (capability, iso_year, iso_week, quantity) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<TeamBookings.Key, Integer> b : bookings.booked().entrySet()) {
                Statements.bind(insert, b.getKey().capability(), b.getKey().isoYear(), b.getKey().isoWeek(), b.getValue())
                        .addBatch();
            }
            insert.executeBatch();
        }
    }
}
