package com.promisedesk.server.mail;

import com.promisedesk.server.console.InboxView;
import java.util.List;

/**
 * The text of each notice, plain and short, in the words the approvals page uses (rep,
 * customer, the line, the deviation in numbers). Every value a rep typed passes through
 * {@link PlainText#line}, so it stays on its own line of the mail and cannot pose as a link
 * or a header.
 */
public final class Letters {

    /** A digest lists at most this many requests; the console has them all. */
    static final int DIGEST_LISTED = 30;
    private static final int NAME = 120;
    private static final int TEXT = 400;
    private static final String SIGNATURE = "-- \nPromiseDesk central store. You get this because an address for notices"
            + " is on your access token; IT can change it.\n";

    private Letters() {
    }

    /** The one notice an approver role gets when a request starts waiting for it. */
    public static Letter waiting(String to, String role, InboxView.Item request, String approvalsLink) {
        StringBuilder body = new StringBuilder();
        body.append(line(request.rep(), NAME)).append(" asks ").append(role).append(" to approve a line of a promise.\n\n");
        body.append("Customer: ").append(line(request.customer(), NAME)).append('\n');
        body.append("Promise: ").append(line(request.title(), NAME)).append('\n');
        body.append(line(request.line(), TEXT)).append('\n');
        List<String> deviations = request.deviations();
        body.append("Deviation: ").append(deviations.isEmpty() ? "see the checker's reasons in the console"
                : line(String.join("; ", deviations), TEXT)).append('\n');
        body.append("Rep's reason: ").append(line(request.repReason(), TEXT)).append('\n');
        body.append("Tier ").append(request.tier()).append(", waiting for: ").append(line(request.waitingFor(), NAME))
                .append("\n\n");
        body.append("Approve or reject it in the console:\n").append(approvalsLink).append("\n\n");
        body.append("This is the only e-mail about this request for ").append(role)
                .append("; a daily digest lists requests that wait longer than a day.\n");
        body.append(SIGNATURE);
        return new Letter(to, "Approval needed (" + role + "): " + request.customer() + ", " + request.title(),
                body.toString());
    }

    /** The daily list of requests that have waited more than a day for {@code role}, oldest first. */
    public static Letter digest(String to, String role, List<InboxView.Item> waiting, String approvalsLink) {
        StringBuilder body = new StringBuilder();
        body.append(count(waiting.size())).append(" waited more than a day for ").append(role).append(", oldest first:\n\n");
        for (InboxView.Item request : waiting.subList(0, Math.min(waiting.size(), DIGEST_LISTED))) {
            body.append("- ").append(line(request.customer(), NAME)).append(", ").append(line(request.title(), NAME))
                    .append(" (rep ").append(line(request.rep(), NAME)).append("), waiting ").append(request.age())
                    .append('\n');
            body.append("  ").append(line(request.line(), TEXT)).append('\n');
            if (!request.deviations().isEmpty()) {
                body.append("  ").append(line(String.join("; ", request.deviations()), TEXT)).append('\n');
            }
        }
        if (waiting.size() > DIGEST_LISTED) {
            body.append("- and ").append(waiting.size() - DIGEST_LISTED).append(" more in the console\n");
        }
        body.append("\nDecide them in the console:\n").append(approvalsLink).append("\n\n").append(SIGNATURE);
        return new Letter(to, waiting.size() + (waiting.size() == 1 ? " exception request" : " exception requests")
                + " waiting more than a day for " + role, body.toString());
    }

    /** The short note every rep gets when the catalog owner publishes a catalog. */
    public static Letter catalogUpdated(String to, String version, String publishedBy, int capabilities) {
        String body = line(publishedBy, NAME) + " published catalog " + line(version, NAME) + " (" + capabilities
                + (capabilities == 1 ? " capability" : " capabilities") + ").\n\n"
                + "Your app brings it at its next sync; from then on your promises are checked against it.\n\n"
                + SIGNATURE;
        return new Letter(to, "Catalog updated: " + version, body);
    }

    private static String count(int requests) {
        return requests == 1 ? "1 exception request has" : requests + " exception requests have";
    }

    private static String line(String text, int max) {
        return PlainText.line(text, max);
    }
}
