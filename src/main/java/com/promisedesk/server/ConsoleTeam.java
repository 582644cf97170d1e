package com.promisedesk.server;

import com.promisedesk.server.console.Pages;
import com.promisedesk.server.console.Section;
import com.promisedesk.server.console.TeamView;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The Team page for managers and IT: the team's promises by status and rep, requests still
 * waiting, conflicts still open and each device's last sync. Read only; what it shows and
 * leaves out is decision 0019.
 */
final class ConsoleTeam {

    private final TeamFigures figures;

    ConsoleTeam(TeamFigures figures) {
        this.figures = figures;
    }

    void show(Context ctx, ConsoleVisit visit) throws SQLException {
        TeamView team = figures.read();
        String from = ctx.queryParam("from");
        String to = ctx.queryParam("to");
        if (from != null || to != null) {
            // The record's period from the form; a day that does not read keeps the default and says why.
            try {
                LocalDate first = from == null || from.isBlank() ? LocalDate.parse(team.record().from()) : day(from, "From");
                LocalDate last = to == null || to.isBlank() ? LocalDate.parse(team.record().to()) : day(to, "To");
                if (last.isBefore(first)) {
                    throw new IllegalArgumentException("The period ends (" + last + ") before it begins (" + first
                            + "); the record below is for the last " + TeamFigures.DEFAULT_DAYS + " days.");
                }
                team = figures.read(first, last);
            } catch (IllegalArgumentException e) {
                team = new TeamView(team.open(), team.closed(), team.reps(), team.totals(), team.waiting(), team.conflicts(),
                        team.devices(), team.asOf(), team.record().withProblem(e.getMessage()));
            }
        }
        Pages.render(ctx, 200, "team.jte", visit.frame("Team", Section.TEAM), Map.of("team", team));
    }

    private static LocalDate day(String text, String field) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                    + "\" is not a day (YYYY-MM-DD, e.g. 2026-12-01); the record below is for the last "
                    + TeamFigures.DEFAULT_DAYS + " days.");
        }
    }
}
