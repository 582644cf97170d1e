package com.promisedesk;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What a test expects is asserted and kept out of the build's log; anything else still reaches it. */
class ExpectedLogTest {

    /** A parent of the work's logger, with an appender that stands for the console: this test prints nothing itself. */
    private static final String CONSOLE = "com.promisedesk.ExpectedLogTest.console";

    private final Logger console = (Logger) LoggerFactory.getLogger(CONSOLE);
    private final ListAppender<ILoggingEvent> printed = new ListAppender<>();
    private final org.slf4j.Logger source = LoggerFactory.getLogger(CONSOLE + ".work");
    private final ExpectedLog log = ExpectedLog.of(CONSOLE + ".work");

    @BeforeEach
    void listen() {
        printed.start();
        console.addAppender(printed);
        console.setAdditive(false);
    }

    @AfterEach
    void stopListening() {
        console.detachAppender(printed);
        console.setAdditive(true);
    }

    @Test
    void anErrorTheTestTakesIsNotPrinted() {
        log.beforeEach(null);
        source.error("Work failed", new IllegalStateException("disk full"));

        assertThat(log.takeErrors()).containsExactly("Work failed: disk full");
        log.afterEach(null);

        assertThat(printed.list).isEmpty();
    }

    @Test
    void anErrorNoTestExpectedIsPrintedAfterTheTestWithItsStackTrace() {
        log.beforeEach(null);
        source.error("Work failed", new IllegalStateException("the local store is closed"));
        assertThat(printed.list).as("held while the test runs").isEmpty();

        log.afterEach(null);

        assertThat(printed.list).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).isEqualTo("Work failed");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("the local store is closed");
            assertThat(event.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
        });
        source.error("after the test");
        assertThat(printed.list).as("printed as before once the test is over").hasSize(2);
    }
}
