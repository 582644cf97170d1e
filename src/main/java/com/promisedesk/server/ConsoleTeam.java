package com.promisedesk.server;

import com.promisedesk.server.console.Pages;
import com.promisedesk.server.console.Section;
import io.javalin.http.Context;
import java.sql.SQLException;
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
        Pages.render(ctx, 200, "team.jte", visit.frame("Team", Section.TEAM), Map.of("team", figures.read()));
    }
}
