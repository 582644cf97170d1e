package com.promisedesk.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ages as the Team page says them, at each boundary, with the exact time beside them. */
class AgeTest {

    private static final Instant NOW = Instant.parse("2026-12-03T14:05:30Z");

    @ParameterizedTest
    @CsvSource({"PT0S, just now", "PT59S, just now", "PT1M, 1 minute ago", "PT59M59S, 59 minutes ago",
            "PT1H, 1 hour ago", "PT23H59M, 23 hours ago", "PT24H, 1 day ago", "PT71H, 2 days ago",
            "P30D, 30 days ago", "-PT5M, just now"})
    void saysHowLongAgo(String ago, String words) {
        Instant then = NOW.minus(Duration.parse(ago));
        Age age = Age.of(then, NOW);

        assertThat(age.words()).isEqualTo(words);
        assertThat(age.timestamp()).isEqualTo(then.toString());
        assertThat(age.never()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void givesTheExactTimeInUtcAndNeverForNoTime() {
        assertThat(Age.of(Instant.parse("2026-11-30T09:07:59Z"), NOW).exact()).isEqualTo("Mon 30 Nov 2026, 09:07 UTC");
        assertThat(Age.of(null, NOW)).isEqualTo(Age.NEVER);
        assertThat(Age.NEVER.never()).isTrue();
        assertThat(Age.NEVER.words()).isEqualTo("never");
    }
}
