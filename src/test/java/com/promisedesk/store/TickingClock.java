package com.promisedesk.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A clock that moves one second forward every time it is read, so every stamp is distinct and ordered. */
final class TickingClock extends Clock {

    private Instant next;

    TickingClock(Instant start) {
        this.next = start;
    }

    @Override
    public synchronized Instant instant() {
        Instant now = next;
        next = next.plus(1, ChronoUnit.SECONDS);
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is UTC only");
    }
}
