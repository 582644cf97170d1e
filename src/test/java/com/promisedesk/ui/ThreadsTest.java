package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadsTest {

    private final List<String> seen = new ArrayList<>();

    @Test
    void handsTheResultOver() {
        Threads.inline().load(() -> "done", seen::add, failure -> seen.add("failed"));
        assertThat(seen).containsExactly("done");
    }

    @Test
    void aFailureInTheBackgroundReachesTheFailureHandler() {
        Threads.inline().load(() -> {
            throw new IllegalStateException("disk full");
        }, result -> seen.add("result"), failure -> seen.add(failure.getMessage()));
        assertThat(seen).containsExactly("disk full");
    }

    @Test
    void aFailureWhileShowingTheResultIsNotSwallowed() {
        Threads.inline().load(() -> "done", result -> {
            throw new IllegalStateException("bad view");
        }, failure -> seen.add(failure.getMessage()));
        assertThat(seen).containsExactly("bad view");
    }
}
