package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestOnlyTest {

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final LatestOnly searches = new LatestOnly(new Threads(background::add, Runnable::run));
    private final List<String> shown = new ArrayList<>();

    @Test
    void aResultThatArrivesAfterANewerRequestIsDropped() {
        searches.load(() -> "old", shown::add, failure -> shown.add("failed"));
        searches.load(() -> "new", shown::add, failure -> shown.add("failed"));

        background.removeLast().run(); // the newer search finishes first
        background.removeLast().run(); // then the old, slow one

        assertThat(shown).containsExactly("new");
    }

    @Test
    void cancelDropsWhatIsStillRunning() {
        searches.load(() -> "late", shown::add, failure -> shown.add("failed"));
        searches.cancel();
        background.removeLast().run();

        assertThat(shown).isEmpty();
    }
}
