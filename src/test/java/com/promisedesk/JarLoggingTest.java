package com.promisedesk;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The jar's logging, set up in code, prints what its logback.xml printed, where it printed it
 * (levels, the two patterns, loggers over 36 characters shortened, the central store's lines once).
 */
class JarLoggingTest {

    @Test
    void warningsGoToStderrTheCentralStoreSaysWhatItDoesDatedAndTheRestIsQuiet() {
        LoggerContext jar = new LoggerContext();
        jar.setMDCAdapter(new LogbackMDCAdapter());  // as Logback's SLF4J provider gives its context
        JarLogging.setUp(jar);
        List<String> lines = stderrOf(() -> {
            jar.getLogger("com.promisedesk.store.LocalStore").info("Opened the local store");
            jar.getLogger("com.promisedesk.store.LocalStore").warn("could not read the outbox");
            jar.getLogger("com.promisedesk.server.CentralServer").info("GET /v1/me 200 in 3 ms");
            jar.getLogger("com.promisedesk.server.CentralServer").debug("health check");
            jar.getLogger("org.apache.pdfbox.pdmodel.font.FileSystemFontProvider").warn("no standard 14 fonts");
            jar.getLogger("org.apache.pdfbox.pdmodel.font.PDFont").error("a font broke");
            jar.getLogger("io.javalin.Javalin").info("Listening");
            jar.getLogger("io.javalin.Javalin").warn("slow request");
        });
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  com\\.promisedesk\\.store\\.LocalStore - could not read the outbox");
        assertThat(lines.get(1)).as("once, dated: the central store's lines do not also go to the app's appender")
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  c\\.promisedesk\\.server\\.CentralServer - GET /v1/me 200 in 3 ms");
        assertThat(lines.get(2)).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ERROR o\\.apache\\.pdfbox\\.pdmodel\\.font\\.PDFont - a font broke");
        assertThat(lines.get(3)).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  io\\.javalin\\.Javalin - slow request");
        jar.stop();
    }

    @Test
    void logbackFindsItAsAServiceAndLetsTheTestsOwnFileWin() {
        assertThat(ServiceLoader.load(Configurator.class)).anyMatch(JarLogging.class::isInstance);
        LoggerContext context = new LoggerContext();
        JarLogging configurator = new JarLogging();
        configurator.setContext(context);
        assertThat(configurator.configure(context)).as("logback-test.xml is on the tests' class path")
                .isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(LoggerContext.class).iteratorForAppenders()).as("left to that file").isExhausted();
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders()).isExhausted();
    }

    private static List<String> stderrOf(Runnable logging) {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            logging.run();
        } finally {
            System.setErr(stderr);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
