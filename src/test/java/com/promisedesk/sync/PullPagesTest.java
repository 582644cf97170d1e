package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.sync.wire.PullResponse;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PullPagesTest {

    private static PullResponse answer(long cursor, boolean more) {
        return new PullResponse(List.of(), List.of(), List.of(), null, cursor, more);
    }

    @Test
    void theNextPageIsAskedForBeforeTheCallerHasWrittenTheCurrentOne() throws Exception {
        BlockingQueue<Long> asked = new LinkedBlockingQueue<>();
        try (PullPages pages = new PullPages(since -> {
            asked.add(since);
            return answer(since + 10, since < 20);
        }, 0)) {
            PullPages.Page first = pages.next();
            assertThat(first.answer().cursor()).isEqualTo(10);
            assertThat(asked.poll(5, TimeUnit.SECONDS)).isEqualTo(0);
            // Page 2 is asked for while the caller still holds page 1, from page 1's cursor.
            assertThat(asked.poll(5, TimeUnit.SECONDS)).isEqualTo(10);
            assertThat(pages.next().answer().cursor()).isEqualTo(20);
            PullPages.Page last = pages.next();
            assertThat(last.answer().cursor()).isEqualTo(30);
            assertThat(last.answer().more()).isFalse();
            assertThat(asked.poll(5, TimeUnit.SECONDS)).isEqualTo(20);
            // Nothing is asked for after the last page.
            assertThat(asked.poll(200, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void aFailureReadingAheadReachesTheCallerOnlyAfterThePageBeforeIt() throws Exception {
        try (PullPages pages = new PullPages(since -> {
            if (since > 0) {
                throw new SyncException("the connection was cut");
            }
            return answer(10, true);
        }, 0)) {
            assertThat(pages.next().answer().cursor()).isEqualTo(10);
            assertThatThrownBy(pages::next).isInstanceOf(SyncException.class).hasMessage("the connection was cut");
        }
    }

    @Test
    void aCursorBehindTheDevicesIsRefused() {
        try (PullPages pages = new PullPages(since -> answer(5, false), 7)) {
            assertThatThrownBy(pages::next).isInstanceOf(SyncException.class)
                    .hasMessageContaining("cursor 5, behind this device's 7");
        }
    }
}
