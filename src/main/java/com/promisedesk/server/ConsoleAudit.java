package com.promisedesk.server;

import com.promisedesk.server.console.AuditView;
import com.promisedesk.server.console.ConsoleTime;
import com.promisedesk.server.console.Pages;
import com.promisedesk.server.console.Section;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Who did what" on the Access page: the audit list newest first, {@value #PER_PAGE} entries
 * a page, back to the {@value #MAX_PAGES}th page (older entries stay in the database).
 */
final class ConsoleAudit {

    static final int PER_PAGE = 50;
    static final int MAX_PAGES = 20;

    private final AuditTrail audit;
    private final Tokens tokens;

    ConsoleAudit(ServerDatabase database, Clock clock) {
        this.audit = new AuditTrail(database, clock);
        this.tokens = new Tokens(database, clock);
    }

    void show(Context ctx, ConsoleVisit visit) throws SQLException {
        int page = page(ctx.queryParam("page"));
        List<AuditTrail.Event> events = audit.recent(page * PER_PAGE + 1);
        Map<String, String> owners = new HashMap<>();
        for (Tokens.TokenRow row : tokens.list()) {
            owners.put(row.id(), row.user() + " (" + row.role() + ")");
        }
        List<AuditView.Line> lines = events.subList(Math.min(events.size(), (page - 1) * PER_PAGE),
                Math.min(events.size(), page * PER_PAGE)).stream()
                .map(e -> AuditView.line(ConsoleTime.of(e.at(), "?"), e.actor(), e.action(), e.subject(), e.detail(),
                        owners)).toList();
        AuditView view = new AuditView(lines, page, events.size() > page * PER_PAGE && page < MAX_PAGES, PER_PAGE);
        Pages.render(ctx, 200, "audit.jte", visit.frame("Who did what", Section.ACCESS), Map.of("audit", view));
    }

    /** The page asked for, 1 to {@link #MAX_PAGES}; anything else is the first. */
    private static int page(String asked) {
        try {
            int page = asked == null ? 1 : Integer.parseInt(asked);
            return page >= 1 && page <= MAX_PAGES ? page : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
