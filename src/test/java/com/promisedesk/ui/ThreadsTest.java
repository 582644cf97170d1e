package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.ExpectedLog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ThreadsTest {

    @RegisterExtension
    final ExpectedLog log = ExpectedLog.of(Threads.class);

    private final List<String> seen = new ArrayList<>();

    @Test
    void handsTheResultOver() {
        Threads.inline().load(() -> "done", seen::add, failure -> seen.add("failed"));
        assertThat(seen).containsExactly("done");
        assertThat(log.takeErrors()).isEmpty();
    }

    @Test
    void aFailureInTheBackgroundReachesTheFailureHandler() {
        Threads.inline().load(() -> {
            throw new IllegalStateException("disk full");
        }, result -> seen.add("result"), failure -> seen.add(failure.getMessage()));
        assertThat(seen).containsExactly("disk full");
        assertThat(log.takeErrors()).as("logged too").containsExactly("Work failed: disk full");
    }

    @Test
    void aFailureWhileShowingTheResultIsNotSwallowed() {
        Threads.inline().load(() -> "done", result -> {
            throw new IllegalStateException("bad view");
        }, failure -> seen.add(failure.getMessage()));
        assertThat(seen).containsExactly("bad view");
        assertThat(log.takeErrors()).as("logged too").containsExactly("Work failed: bad view");
    }
}
