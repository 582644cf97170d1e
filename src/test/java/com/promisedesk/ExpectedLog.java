package com.promisedesk;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * For a test that makes the code log a failure on purpose (a closed store, a server that is
 * not there): while each test runs, what one logger reports is held here instead of printed,
 * and the test takes the errors it expects with {@link #takeErrors()} and asserts them. What
 * the test did not take is printed after it, as it would have been, so a real error still
 * shows in the build's log, stack trace and all. Register it per test class:
 * {@code @RegisterExtension final ExpectedLog log = ExpectedLog.of(Threads.class);}
 */
public final class ExpectedLog implements BeforeEachCallback, AfterEachCallback {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> held = new ListAppender<>();
    private final List<ILoggingEvent> taken = new ArrayList<>();
    private boolean additiveBefore;

    private ExpectedLog(Logger logger) {
        this.logger = logger;
    }

    /** Holds what the logger of {@code source} logs. */
    public static ExpectedLog of(Class<?> source) {
        return of(source.getName());
    }

    /** Holds what the logger {@code name} logs. */
    public static ExpectedLog of(String name) {
        return new ExpectedLog((Logger) LoggerFactory.getLogger(name));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        synchronized (held) {
            held.list.clear();
            taken.clear();
        }
        held.start();
        additiveBefore = logger.isAdditive();
        logger.addAppender(held);
        logger.setAdditive(false);  // held, not printed: the test decides what becomes of it
    }

    @Override
    public void afterEach(ExtensionContext context) {
        logger.detachAppender(held);
        logger.setAdditive(additiveBefore);
        List<ILoggingEvent> untaken;
        synchronized (held) {
            untaken = new ArrayList<>(held.list);
            untaken.removeAll(taken);
        }
        untaken.forEach(logger::callAppenders);
    }

    /**
     * The errors logged so far, each as its message and the failure's own message
     * ({@code "Work failed: disk full"}); they are taken, and not printed.
     */
    public List<String> takeErrors() {
        List<String> errors = new ArrayList<>();
        synchronized (held) {
            for (ILoggingEvent event : held.list) {
                if (event.getLevel() == Level.ERROR && !taken.contains(event)) {
                    taken.add(event);
                    errors.add(event.getFormattedMessage()
                            + (event.getThrowableProxy() == null ? "" : ": " + event.getThrowableProxy().getMessage()));
                }
            }
        }
        return errors;
    }
}
