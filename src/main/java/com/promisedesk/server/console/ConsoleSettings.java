package com.promisedesk.server.console;

import java.time.Duration;

/**
 * How the console treats its visitors.
 *
 * @param idleTimeout  a session unused this long ends; the person signs in again
 * @param behindProxy  whether a TLS reverse proxy stands in front: only then are its
 *                     {@code X-Forwarded-Proto} and {@code X-Forwarded-For} believed (anyone
 *                     can send those headers to a server that faces the network itself)
 */
public record ConsoleSettings(Duration idleTimeout, boolean behindProxy) {

    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);

    public ConsoleSettings {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("the console's idle timeout must be positive, was " + idleTimeout);
        }
    }

    public static ConsoleSettings defaults() {
        return new ConsoleSettings(DEFAULT_IDLE, false);
    }
}
