package com.promisedesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.server.console.SignInThrottle;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Failed sign-ins from one address: three are free, then each attempt waits twice as long. */
class SignInThrottleTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void theWaitGrowsAfterThreeFailuresAndOnlyForThatAddress() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.wait("10.0.0.7")).as("attempt %d", i + 1).isEmpty();
            throttle.failed("10.0.0.7");
        }
        assertThat(throttle.wait("10.0.0.7")).contains(Duration.ofSeconds(1));
        assertThat(throttle.wait("10.0.0.8")).as("another address").isEmpty();
        clock.pass(Duration.ofSeconds(1));
        assertThat(throttle.wait("10.0.0.7")).isEmpty();
        throttle.failed("10.0.0.7");
        assertThat(throttle.wait("10.0.0.7")).contains(Duration.ofSeconds(2));
        clock.pass(Duration.ofSeconds(2));
        throttle.failed("10.0.0.7");
        assertThat(throttle.wait("10.0.0.7")).contains(Duration.ofSeconds(4));
        for (int i = 0; i < 30; i++) {
            throttle.failed("10.0.0.7");
        }
        assertThat(throttle.wait("10.0.0.7")).as("at most five minutes").contains(Duration.ofMinutes(5));
        throttle.succeeded("10.0.0.7");
        assertThat(throttle.wait("10.0.0.7")).as("a success forgets the address").isEmpty();
    }

    @Test
    void failuresAnHourOldAreForgotten() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.0.0.7");
        }
        clock.pass(Duration.ofMinutes(61));
        throttle.failed("10.0.0.7");
        assertThat(throttle.wait("10.0.0.7")).isEmpty();
    }
}
