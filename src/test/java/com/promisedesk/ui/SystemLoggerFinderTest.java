package com.promisedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What JavaFX logs through System.Logger reaches SLF4J with its level; only the known class-path warning is quiet. */
class SystemLoggerFinderTest {

    private final Logger javafx = (Logger) LoggerFactory.getLogger("javafx");
    private final ListAppender<ILoggingEvent> seen = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void listen() {
        levelBefore = javafx.getLevel();
        javafx.setLevel(Level.DEBUG);
        seen.start();
        javafx.addAppender(seen);
        javafx.setAdditive(false);  // this test's messages are its own, not the build's
    }

    @AfterEach
    void stopListening() {
        javafx.detachAppender(seen);
        javafx.setAdditive(true);
        javafx.setLevel(levelBefore);
    }

    @Test
    void theJdkHandsSystemLoggersToSlf4j() {
        assertThat(System.LoggerFinder.getLoggerFinder()).isInstanceOf(SystemLoggerFinder.class);
    }

    @Test
    void theClassPathWarningIsDebugAndEveryOtherWarningStaysAWarning() {
        System.Logger logger = System.getLogger("javafx");

        logger.log(System.Logger.Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1324409e'");
        logger.log(System.Logger.Level.WARNING, "Could not load stylesheet: {0}", "promisedesk.css");
        logger.log(System.Logger.Level.ERROR, "Unsupported JavaFX configuration: something else");

        assertThat(seen.list).extracting(e -> e.getLevel() + " " + e.getFormattedMessage()).containsExactly(
                "DEBUG Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1324409e'",
                "WARN Could not load stylesheet: promisedesk.css",
                "ERROR Unsupported JavaFX configuration: something else");
    }
}
