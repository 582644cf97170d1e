package com.promisedesk.desk;

import com.promisedesk.check.Wording;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of Today's rows and headings, one place for the app's Today view and {@code
 * promisedesk today}, so both say the same thing the same way.
 */
public final class TodayWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private TodayWords() {
    }

    public static String heading(Today today) {
        return "Today, " + Wording.date(today.day()) + " · this week runs to " + Wording.date(today.weekEnd());
    }

    public static String dueHeading(Today today) {
        return "Due or overdue this week (" + today.due().size() + ")";
    }

    public static String atRiskHeading(Today today) {
        return "At risk (" + today.atRisk().size() + ")";
    }

    public static String decisionsHeading(Today today) {
        return "Approval decisions since you last looked (" + today.decisions().size() + ")";
    }

    public static String toUpdateHeading(Today today) {
        return "Customers to update (" + today.toUpdate().size() + ")";
    }

    public static String touchesHeading(Today today) {
        return "Relationship touches: reminders, not promises (" + today.touches().size() + ")";
    }

    /** "Overdue since Mon 30 Nov 2026" or "Due Thu 10 Dec 2026". */
    public static String when(Today.Due due) {
        return (due.overdue() ? "Overdue since " : "Due ") + Wording.date(due.day());
    }

    public static String promise(String customer, String title) {
        return customer + " · " + title;
    }

    /** "Approved: line 1 of Ostwind Logistik · Tachograph compliance (decided Tue 8 Dec 2026 15:00)". */
    public static String decision(Today.Decision decision, ZoneId zone) {
        return (decision.approved() ? "Approved" : "Rejected") + ": line " + decided(decision, zone);
    }

    /** "Line 1 of … (decided …)": the decision's words without its verdict, which a chip beside it says. */
    public static String decidedLine(Today.Decision decision, ZoneId zone) {
        return "Line " + decided(decision, zone);
    }

    private static String decided(Today.Decision decision, ZoneId zone) {
        return (decision.line() + 1) + " of " + promise(decision.customer(), decision.title()) + " (decided "
                + Wording.date(decision.decidedAt().atZone(zone).toLocalDate()) + " "
                + TIME.format(decision.decidedAt().atZone(zone)) + ")";
    }

    /** "…: 3 reasons at risk, no notice sent yet", or "…, the last notice sent Mon 30 Nov 2026" (before the risk). */
    public static String toUpdate(Today.ToUpdate update) {
        return promise(update.customer(), update.title()) + ": " + Wording.count(update.reasons(), "reason", "reasons")
                + " at risk, " + (update.lastNotice() == null ? "no notice sent yet"
                : "the last notice sent " + Wording.date(update.lastNotice()));
    }

    /** What an empty section says, so a quiet day reads as one, not as a blank screen. */
    public static String nothing(String section) {
        return switch (section) {
            case "due" -> "Nothing due or overdue this week.";
            case "atRisk" -> "No agreed promise is at risk.";
            case "decisions" -> "No new approval decisions.";
            case "toUpdate" -> "No customer waits for news.";
            default -> "No touches today.";
        };
    }
}
