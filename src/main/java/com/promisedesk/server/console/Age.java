package com.promisedesk.server.console;

import java.time.Duration;
import java.time.Instant;

/**
 * When something happened, as a person says it ("3 days ago") and exactly ("Thu 3 Dec 2026,
 * 14:05 UTC"; the server does not know the reader's time zone, so it says which it uses).
 *
 * @param words     "just now", "5 minutes ago", "3 hours ago", "3 days ago"; "never" for no time
 * @param exact     the time in UTC to the minute, or "" for never
 * @param timestamp ISO-8601 for the {@code <time datetime>} attribute, or "" for never
 */
public record Age(String words, String exact, String timestamp) {

    public static final Age NEVER = new Age("never", "", "");

    /** How long before {@code now} {@code then} was; a time ahead of the server's clock (a device's) reads "just now". */
    public static Age of(Instant then, Instant now) {
        if (then == null) {
            return NEVER;
        }
        Duration ago = Duration.between(then, now);
        String words;
        if (ago.toMinutes() < 1) {
            words = "just now";
        } else if (ago.toHours() < 1) {
            words = plural(ago.toMinutes(), "minute") + " ago";
        } else if (ago.toDays() < 1) {
            words = plural(ago.toHours(), "hour") + " ago";
        } else {
            words = plural(ago.toDays(), "day") + " ago";
        }
        return new Age(words, ConsoleTime.of(then), then.toString());
    }

    public boolean never() {
        return timestamp.isEmpty();
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
