package com.promisedesk.server.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing tokens at the sign-in form: per remote address, the first
 * {@value #FREE} failures cost nothing (a person mistypes), then each further attempt must
 * wait twice as long as the one before (1 s, 2 s, 4 s … at most {@link #LONGEST}), counted
 * from the last failure. A success forgets the address. Tokens carry 256 random bits, so
 * this guards the logs and the database more than the tokens; each server process counts
 * its own attempts (a guesser spread over several servers is still slowed by each).
 */
public final class SignInThrottle {

    static final int FREE = 3;
    static final Duration LONGEST = Duration.ofMinutes(5);
    /** Addresses remembered at most; beyond that the oldest memory is dropped whole. */
    private static final int MAX_ADDRESSES = 10_000;
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code address} must still wait before its next attempt is judged; empty when it may try now. */
    public Optional<Duration> wait(String address) {
        Failures failures = byAddress.get(address);
        if (failures == null || failures.count() < FREE) {
            return Optional.empty();
        }
        Duration pause = pause(failures.count());
        Duration left = Duration.between(clock.instant(), failures.last().plus(pause));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    public void failed(String address) {
        Instant now = clock.instant();
        if (byAddress.size() >= MAX_ADDRESSES) {
            byAddress.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
            if (byAddress.size() >= MAX_ADDRESSES) {
                byAddress.clear();
            }
        }
        byAddress.merge(address, new Failures(1, now), (old, one) ->
                old.last().plus(FORGET_AFTER).isBefore(now) ? one : new Failures(old.count() + 1, now));
    }

    public void succeeded(String address) {
        byAddress.remove(address);
    }

    /** The wait after {@code count} failures: 1 s after the first one past the free ones, doubling. */
    static Duration pause(int count) {
        int doublings = Math.min(count - FREE, 20);
        Duration pause = Duration.ofSeconds(1L << doublings);
        return pause.compareTo(LONGEST) > 0 ? LONGEST : pause;
    }
}
