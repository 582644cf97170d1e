package com.promisedesk;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.ConsoleTarget;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * How the jar logs, set up in code (found by Logback through {@code META-INF/services}) rather
 * than read from a {@code logback.xml}: reading XML loads Logback's configuration language and
 * an XML parser, about 300 classes kept for the whole session, for five settings.
 *
 * <p>Warnings and errors go to stderr, so the command line stays quiet for scripts. The central
 * store says what it does, dated, as it runs for months: its database and migrations, every
 * request (method, path, status, time, user; never a token), catalogs published, start and stop.
 * A {@code logback-test.xml} or {@code logback.xml} on the class path, or the system property
 * {@code logback.configurationFile}, still wins (the tests' own settings; a support session).
 */
public final class JarLogging extends ContextAwareBase implements Configurator {

    static final String APP_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n";
    static final String SERVER_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null || onClassPath("logback-test.xml")
                || onClassPath("logback.xml")) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        setUp(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets {@code context} up as the jar logs, whatever files are on the class path. */
    public static void setUp(LoggerContext context) {
        context.getLogger("com.promisedesk").setLevel(Level.WARN);
        Logger server = context.getLogger("com.promisedesk.server");
        server.setLevel(Level.INFO);
        server.setAdditive(false);
        server.addAppender(stderr(context, "SERVER", SERVER_PATTERN));
        // PDFBox warns that the 14 standard fonts are not installed; the summary embeds its own font.
        context.getLogger("org.apache.pdfbox.pdmodel.font").setLevel(Level.ERROR);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr(context, "STDERR", APP_PATTERN));
    }

    private static ConsoleAppender<ILoggingEvent> stderr(LoggerContext context, String name, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(name);
        appender.setTarget(ConsoleTarget.SystemErr.getName());
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }

    private static boolean onClassPath(String resource) {
        return JarLogging.class.getClassLoader().getResource(resource) != null;
    }
}
