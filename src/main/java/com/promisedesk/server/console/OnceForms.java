package com.promisedesk.server.console;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Forms that must take effect once: the page that shows a new token answers a POST, and a
 * browser's reload sends that POST again. Each such form carries a fresh random mark; the
 * first send uses it up, a second is told the token was made already. Kept in this server
 * process for an hour (at most {@value #MAX_MARKS} marks): behind a load balancer a reload
 * that reaches another process is not caught, and makes a second token, listed and revocable.
 */
public final class OnceForms {

    static final int MAX_MARKS = 10_000;
    static final Duration KEPT = Duration.ofHours(1);

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> used = new ConcurrentHashMap<>();

    public OnceForms(Clock clock) {
        this.clock = clock;
    }

    /** A fresh mark for a form about to be shown. */
    public String mark() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code mark} was used already (or is no mark at all). */
    public boolean spent(String mark) {
        return mark == null || mark.isBlank() || mark.length() > 64 || used.containsKey(mark);
    }

    /** Uses {@code mark} up; false when it was used already (of two sends at once, one wins). */
    public boolean use(String mark) {
        if (mark == null || mark.isBlank() || mark.length() > 64) {
            return false;
        }
        Instant now = clock.instant();
        if (used.size() >= MAX_MARKS) {
            used.values().removeIf(at -> at.plus(KEPT).isBefore(now));
            if (used.size() >= MAX_MARKS) {
                used.clear();
            }
        }
        return used.putIfAbsent(mark, now) == null;
    }
}
