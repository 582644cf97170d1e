package com.promisedesk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The day the sample promises and most test promises are drafted on, Mon 23 Nov 2026: tests
 * that judge them pass this T (docs/checking.md) instead of the real clock, so they give the
 * same verdicts on any day. A test of the real default reads the real clock on purpose.
 */
public final class SampleDay {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** A clock that always reads 09:00 UTC on {@link #TODAY}. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    private SampleDay() {
    }
}
