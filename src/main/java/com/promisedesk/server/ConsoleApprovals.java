package com.promisedesk.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.promisedesk.server.console.InboxView;
import com.promisedesk.server.console.Pages;
import com.promisedesk.server.console.Section;
import com.promisedesk.sync.wire.ExceptionRequestState;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.sql.SQLException;
import java.util.Map;

/**
 * The approvals inbox: the requests waiting for the approver's role, and the decision form.
 * A decision goes through {@link ExceptionRequestService#decide}, the very code behind
 * {@code POST /v1/requests/{id}/decision} and {@code requests decide}: one decision per role,
 * final, a rejection needs a note, and the rep's next sync brings it.
 */
final class ConsoleApprovals {

    private final ExceptionRequestService requests;
    private final ConsoleInbox inbox;

    ConsoleApprovals(ExceptionRequestService requests, ConsoleInbox inbox) {
        this.requests = requests;
        this.inbox = inbox;
    }

    void show(Context ctx, ConsoleVisit visit) throws SQLException {
        String done = ctx.queryParam("done");
        String flash = "approved".equals(done) ? "Approved. The rep's app hears of it at its next sync."
                : "rejected".equals(done) ? "Rejected. The rep's app hears of it, with your note, at its next sync." : null;
        render(ctx, 200, visit, flash, null);
    }

    void decide(Context ctx, ConsoleVisit visit) throws SQLException {
        String id = ctx.pathParam("id");
        String choice = ctx.formParam("decision");
        String note = ctx.formParam("note");
        boolean hasNote = note != null && !note.isBlank();
        if (!"APPROVED".equals(choice) && !"REJECTED".equals(choice)) {
            render(ctx, 400, visit, null, new InboxView.Problem(id, "Choose Approve or Reject.", hasNote ? note : ""));
            return;
        }
        if ("REJECTED".equals(choice) && !hasNote) {
            // The service says the same; said here in the form's words, before anything is sent.
            render(ctx, 400, visit, null, new InboxView.Problem(id, "A rejection needs a note: say why, the rep reads"
                    + " it to the customer.", ""));
            return;
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("decision", choice);
        if (hasNote) {
            body.put("note", note);
        }
        try {
            requests.decide(visit.who(), id, body);
        } catch (ApiError e) {
            if (e.status() == 404 || e.status() == 403) {
                // Not a request for this role (or no such request): the same answer either way, nothing changed.
                Pages.message(ctx, 403, visit.frame("Not yours to decide", Section.APPROVALS), "Not yours to decide",
                        "This request does not wait for your role. Nothing was changed.");
                return;
            }
            String message = e.status() == 409 ? "Already decided: " + e.getMessage() + ". A decision is final."
                    : e.field() != null && e.getMessage().startsWith(e.field() + ": ")
                    ? capitalised(e.field()) + " " + e.getMessage().substring(e.field().length() + 2) : e.getMessage();
            render(ctx, e.status(), visit, null, new InboxView.Problem(id, message, hasNote ? note : ""));
            return;
        }
        ctx.redirect("/console/approvals?done=" + ("APPROVED".equals(choice) ? "approved" : "rejected"),
                HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, int status, ConsoleVisit visit, String flash, InboxView.Problem problem)
            throws SQLException {
        String role = visit.who().approverRole();
        java.util.List<ExceptionRequestState> waiting = requests.pending(visit.who());
        InboxView view = new InboxView(role, inbox.items(waiting, role, true),
                inbox.items(requests.settled(visit.who()), role, false),
                flash, problem);
        Pages.render(ctx, status, "approvals.jte", visit.frame("Approvals", Section.APPROVALS), Map.of("inbox", view));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
