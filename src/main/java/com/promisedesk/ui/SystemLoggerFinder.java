package com.promisedesk.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the JDK and JavaFX log through {@link System.Logger} (JavaFX's CSS and layout
 * warnings, say) to SLF4J, so it reads like the app's own log lines and logback.xml governs
 * it. Registered in {@code META-INF/services/java.lang.System$LoggerFinder}.
 *
 * <p>One known message becomes DEBUG: JavaFX warns "Unsupported JavaFX configuration: classes
 * were loaded from 'unnamed module …'" at every start from the class path, which is how the
 * one-jar build runs it on purpose (README, "Running from the jar"); printed, it would be the
 * first thing a rep reads in the terminal, every time. Every other message keeps its level.
 */
public final class SystemLoggerFinder extends System.LoggerFinder {

    static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration: classes were loaded from 'unnamed module";

    @Override
    public System.Logger getLogger(String name, Module module) {
        return new ToSlf4j(name, LoggerFactory.getLogger(name));
    }

    private record ToSlf4j(String name, Logger slf4j) implements System.Logger {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isLoggable(Level level) {
            return switch (level) {
                case ALL, TRACE -> slf4j.isTraceEnabled();
                case DEBUG -> slf4j.isDebugEnabled();
                case INFO -> slf4j.isInfoEnabled();
                case WARNING -> slf4j.isWarnEnabled();
                case ERROR -> slf4j.isErrorEnabled();
                case OFF -> false;
            };
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
            String text = localized(bundle, message);
            Level effective = text != null && text.startsWith(CLASS_PATH_WARNING) ? Level.DEBUG : level;
            switch (effective) {
                case ALL, TRACE -> slf4j.trace(text, thrown);
                case DEBUG -> slf4j.debug(text, thrown);
                case INFO -> slf4j.info(text, thrown);
                case WARNING -> slf4j.warn(text, thrown);
                case ERROR -> slf4j.error(text, thrown);
                case OFF -> { }
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            String pattern = localized(bundle, format);
            String text = params == null || params.length == 0 || pattern == null ? pattern
                    : new MessageFormat(pattern).format(params);
            log(level, null, text, (Throwable) null);
        }

        private static String localized(ResourceBundle bundle, String key) {
            return bundle != null && key != null && bundle.containsKey(key) ? bundle.getString(key) : key;
        }
    }
}
